package io.github.problemdetails.internal.webmvc;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Replaces Spring Boot's error endpoint: whatever the servlet container dispatches to the
 * error page (a {@code sendError} call, an exception the application did not handle, a
 * rejected request) is answered with a problem that has the original status, the original
 * path as {@code instance} and the request's trace ID. Browsers asking for HTML still get the
 * application's own error pages, if it has any.
 */
@Controller
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
public class ProblemErrorController extends AbstractErrorController {

	private final ErrorAttributes errorAttributes;

	private final ProblemResponseWriter writer;

	/**
	 * Create the controller.
	 * @param errorAttributes finds the exception of a failed request
	 * @param errorViewResolvers the application's HTML error views
	 * @param writer answers the request
	 */
	public ProblemErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers,
			ProblemResponseWriter writer) {
		super(errorAttributes, errorViewResolvers);
		this.errorAttributes = errorAttributes;
		this.writer = writer;
	}

	/**
	 * Answer a browser with the application's HTML error page, or with a problem when it has
	 * none.
	 * @param request the error dispatch
	 * @param response the response
	 * @return the error view, or {@code null} when a problem was written
	 * @throws IOException if the problem cannot be written
	 */
	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	public @Nullable ModelAndView html(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = getStatus(request);
		Map<String, @Nullable Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
		ModelAndView view = resolveErrorView(request, response, status, model);
		if (view != null) {
			response.setStatus(status.value());
			return view;
		}
		problem(request, response);
		return null;
	}

	/**
	 * Answer with a problem.
	 * @param request the error dispatch
	 * @param response the response
	 * @throws IOException if the problem cannot be written
	 */
	@RequestMapping
	public void problem(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Throwable exception = this.errorAttributes.getError(new ServletWebRequest(request));
		this.writer.writeDispatchedError(exception, containerStatus(request), request, response);
	}

	private static int containerStatus(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return (status instanceof Integer code) ? code : HttpStatus.INTERNAL_SERVER_ERROR.value();
	}

}
