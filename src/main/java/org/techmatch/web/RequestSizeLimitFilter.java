package org.techmatch.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.techmatch.web.problem.Problem;
import org.techmatch.web.problem.ProblemWriter;

/**
 * Refuses request bodies over the limit before they are read into memory: by Content-Length when it is
 * declared, and by counting bytes as they are read when it is not (chunked uploads). Import uploads
 * ({@code POST /api/imports}) have their own, larger limit ({@code techmatch.web.max-upload-bytes}).
 */
@Component
class RequestSizeLimitFilter extends OncePerRequestFilter {
    static final String UPLOAD_PATH = "/api/imports";

    private final long maxRequestBytes;
    private final long maxUploadBytes;

    RequestSizeLimitFilter(WebProperties properties) {
        this.maxRequestBytes = properties.maxRequestBytes();
        this.maxUploadBytes = properties.maxUploadBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = "POST".equals(request.getMethod()) && UPLOAD_PATH.equals(request.getRequestURI());
        long maxBytes = upload ? maxUploadBytes : maxRequestBytes;
        if (request.getContentLengthLong() > maxBytes) {
            ProblemWriter.write(request, response, Problem.of(413, (upload ? "上传的文件" : "请求体") + "超过上限 "
                    + maxBytes / 1024 + " KB"));
            return;
        }
        chain.doFilter(new Limited(request, maxBytes), response);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long maxBytes;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) {
                    read += n;
                    if (read > maxBytes) {
                        throw new PayloadTooLargeException(maxBytes);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
