package de.fachkraftimfokus.security;

import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above the configured size with 413 — by the declared length, and, for
 * chunked bodies without one, by counting while the body is read.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;

  RequestSizeLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      Problems.write(response, ProblemType.TOO_LARGE, tooLarge(), request.getRequestURI());
      return;
    }
    if (request.getContentLengthLong() < 0 && isChunkedNonFormBody(request)) {
      // Without a declared length read up to the cap first: the REST layers would turn an
      // exception thrown while they read into a 400 or 500 of their own.
      byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE));
      if (body.length > maxBytes) {
        Problems.write(response, ProblemType.TOO_LARGE, tooLarge(), request.getRequestURI());
        return;
      }
      chain.doFilter(new CachedBodyRequest(request, body), response);
      return;
    }
    try {
      chain.doFilter(new LimitedRequest(request, maxBytes), response);
    } catch (BodyTooLargeException e) {
      if (!response.isCommitted()) {
        response.reset();
        Problems.write(response, ProblemType.TOO_LARGE, tooLarge(), request.getRequestURI());
      }
    }
  }

  /** Form posts stay with the servlet container, which parses them itself (max-http-form-post-size). */
  private static boolean isChunkedNonFormBody(HttpServletRequest request) {
    String contentType = request.getContentType();
    boolean form = contentType != null
        && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded");
    return request.getHeader("Transfer-Encoding") != null && !form;
  }

  private String tooLarge() {
    return "Die Anfrage ist zu groß (höchstens " + maxBytes / 1024 + " KiB).";
  }

  static final class BodyTooLargeException extends IOException {
    BodyTooLargeException() {
      super("request body exceeds limit");
    }
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), maxBytes);
      }
      return stream;
    }
  }

  private static final class CountingStream extends ServletInputStream {
    private final ServletInputStream delegate;
    private final long maxBytes;
    private long count;

    CountingStream(ServletInputStream delegate, long maxBytes) {
      this.delegate = delegate;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = delegate.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = delegate.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) throws BodyTooLargeException {
      count += n;
      if (count > maxBytes) {
        throw new BodyTooLargeException();
      }
    }

    @Override
    public boolean isFinished() {
      return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
      return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      delegate.setReadListener(listener);
    }
  }
}
