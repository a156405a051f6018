// The one way pages talk to the REST API. JSON in and out; writes carry the CSRF token the server set in the
// XSRF-TOKEN cookie (the session's sign-in does the rest); RFC 9457 problem+json answers become an ApiError with the messages per field.

/** An API answer that was not 2xx: status, Chinese title/detail, and field → messages from `errors`. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `请求失败（HTTP ${status}）`);
    this.status = status;
    this.title = problem.title || '';
    this.detail = problem.detail || this.message;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.problem = problem; // extension members too, e.g. existingUrl of a refused duplicate docking
  }

  /** Map of field path (as the API names it, e.g. contact.email, indicators[0].name) → messages. */
  fieldMessages() {
    const byField = new Map();
    for (const e of this.errors) {
      const field = e.field || '';
      if (!byField.has(field)) byField.set(field, []);
      byField.get(field).push(e.message);
    }
    return byField;
  }
}

function cookie(name) {
  const prefix = name + '=';
  for (const part of document.cookie.split(';')) {
    const c = part.trim();
    if (c.startsWith(prefix)) return decodeURIComponent(c.substring(prefix.length));
  }
  return null;
}

function headers(method, extra) {
  const h = new Headers(extra || {});
  h.set('Accept', 'application/json, application/problem+json');
  if (method !== 'GET' && method !== 'HEAD') {
    const token = cookie('XSRF-TOKEN');
    if (token) h.set('X-XSRF-TOKEN', token);
  }
  return h;
}

export function url(path, params) {
  const u = new URL(path, location.origin);
  if (params) {
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined || value === null || value === '') continue;
      if (Array.isArray(value)) value.forEach(v => u.searchParams.append(key, v));
      else u.searchParams.set(key, value);
    }
  }
  return u.pathname + u.search;
}

async function problemOf(response) {
  const text = await response.text();
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object') return parsed;
  } catch {
    // not JSON: a proxy page or an empty body
  }
  const fallback = {
    401: '请先登录', 403: '无权执行此操作', 404: '请求的内容不存在', 409: '数据已被他人修改，请刷新后重试',
    413: '提交的内容过大', 503: '服务暂不可用，请稍后重试',
  };
  return { title: '请求失败', detail: fallback[response.status] || `请求失败（HTTP ${response.status}）` };
}

async function send(method, path, { params, body, raw } = {}) {
  const init = { method, headers: headers(method), credentials: 'same-origin' };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers.set('Content-Type', 'application/json');
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url(path, params), init);
  } catch {
    throw new ApiError(0, { title: '网络错误', detail: '无法连接服务器，请检查网络后重试' });
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

export const api = {
  get: (path, params) => send('GET', path, { params }),
  post: (path, body, params) => send('POST', path, { body, params }),
  put: (path, body) => send('PUT', path, { body }),
  del: (path, params) => send('DELETE', path, { params }),
  upload: (path, formData) => send('POST', path, { body: formData }),
  /** Fetches a file (an XLSX export or report) with the same credentials and saves it under its own name. */
  async download(path, params, fallbackName) {
    const response = await send('GET', path, { params, raw: true });
    const blob = await response.blob();
    const disposition = response.headers.get('Content-Disposition') || '';
    const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    const plain = /filename="([^"]+)"/i.exec(disposition);
    const name = star ? decodeURIComponent(star[1]) : plain ? plain[1] : fallbackName;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    return { name, size: blob.size };
  },
  csrfToken: () => cookie('XSRF-TOKEN'),
};
