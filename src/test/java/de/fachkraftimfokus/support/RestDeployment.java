package de.fachkraftimfokus.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A deployment sent as Camunda Modeler sends it: {@code POST /engine-rest/deployment/create},
 * multipart, one part per file, HTTP Basic as the given user.
 */
public final class RestDeployment {

  private final int port;
  private final String name;
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  public RestDeployment(int port, String name) {
    this.port = port;
    this.name = name;
  }

  public RestDeployment file(String fileName, String content) {
    return file(fileName, content.getBytes(StandardCharsets.UTF_8));
  }

  public RestDeployment file(String fileName, byte[] content) {
    files.put(fileName, content);
    return this;
  }

  public HttpResponse<String> sendAs(String user, String password) {
    String boundary = "modeler" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      part(body, boundary, "deployment-name", null, name.getBytes(StandardCharsets.UTF_8));
      part(body, boundary, "deployment-source", null, "Camunda Modeler".getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        part(body, boundary, file.getKey(), file.getKey(), file.getValue());
      }
      body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/deployment/create"))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .header("Authorization", HttpProbe.basic(user, password))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> sendAsDemo(String user) {
    return sendAs(user, HttpProbe.DEMO_PASSWORD);
  }

  private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] content)
      throws IOException {
    String header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream") + "\r\n\r\n";
    body.write(header.getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write("\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
