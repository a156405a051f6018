package org.techmatch.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.techmatch.web.problem.Problem;
import org.techmatch.web.problem.ProblemWriter;

/**
 * Tomcat refuses some requests before Spring sees them (an encoded slash or %00 in the path, an invalid
 * percent-encoding, a request line or headers over the limit, an HTTP version it does not speak) and would answer
 * with its own HTML page. This valve answers those, like every other error of the API, through the
 * {@link ProblemWriter}, with the standard Chinese title and detail of the status.
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
            response.setContentType(ProblemWriter.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemWriter.text(Problem.of(status), ProblemWriter.instanceOf(request)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response already went out: nothing more to say
        }
    }
}
