package org.techmatch.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.web.problem.Problem;
import org.techmatch.web.problem.ProblemWriter;

/**
 * Errors the container raises inside the servlet (an unparsable query parameter, say) are dispatched to /error;
 * they answer through the {@link ProblemWriter} like every other refusal, never Spring's default body.
 */
@RestController
class ProblemErrorController implements ErrorController {
    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 && c <= 599 ? c : 500;
        ProblemWriter.write(request, response, Problem.of(status));
    }
}
