package de.fachkraftimfokus.validation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's REST endpoint {@code .../start} answers every exception of a start listener with 500,
 * also an {@link InvalidInputException} (the task and form endpoints already answer it with 400).
 * This filter turns exactly that case — a 500 whose message carries the German refusal of
 * {@link InvalidInputException} — into 400, so clients see a refused input, not a server fault.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestValidationStatus {

  private static final Pattern START = Pattern.compile(".*/engine-rest/process-definition/.+/start/?$");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> engineRestValidationStatusFilter() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new StartRefusalFilter());
    registration.addUrlPatterns("/engine-rest/process-definition/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  static final class StartRefusalFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (!"POST".equals(request.getMethod()) || !START.matcher(request.getRequestURI()).matches()) {
        chain.doFilter(request, response);
        return;
      }
      BufferedResponse buffered = new BufferedResponse(response);
      chain.doFilter(request, buffered);
      byte[] body = buffered.body();
      if (buffered.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
          && new String(body, StandardCharsets.UTF_8).contains(InvalidInputException.PREFIX)) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      }
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  /** Holds the body back until the filter has decided on the status. */
  static final class BufferedResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    BufferedResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) {
            buffer.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(encoding)));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void setContentLength(int len) {
      // the filter sets the length of the body it writes
    }

    @Override
    public void setContentLengthLong(long len) {
      // the filter sets the length of the body it writes
    }

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return buffer.toByteArray();
    }
  }
}
