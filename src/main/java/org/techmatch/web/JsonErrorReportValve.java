package org.techmatch.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat refuses some requests before Spring sees them (an encoded slash or %00 in the path, an invalid
 * percent-encoding, a request line or headers over the limit) and would answer with its own HTML page.
 * This valve answers those, like every other error of the API, with problem+json and a Chinese detail.
 */
public class JsonErrorReportValve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer();
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + (status < 500 ? "请求有误" : "服务器内部错误")
                        + "\",\"status\":" + status + ",\"detail\":\"" + detail(status) + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response already went out: nothing more to say
        }
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "请求的地址、参数或请求头无效（例如地址中含有编码的斜杠 %2F、反斜杠 %5C、%00 或错误的百分号编码，"
                    + "或请求行、请求头过长）";
            case 404 -> "请求的地址不存在";
            case 405 -> "该地址不支持此请求方法";
            case 413 -> "请求体过大";
            case 414 -> "请求地址过长";
            case 431 -> "请求头过大";
            default -> status < 500 ? "请求有误" : "服务器处理请求时出错，已记录日志，请稍后重试";
        };
    }
}
