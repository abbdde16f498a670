package voxpop.server;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The two pages, plain HTML, CSS and JavaScript served from the jar with no build step: the
 * call-centre console {@code /operator} and the citizens' form {@code /ask}. Only the files named
 * here are served.
 */
public final class PageController {
  private static final Map<String, String> ASSETS =
      Map.of(
          "voxpop.css", "text/css; charset=utf-8",
          "operator.js", "text/javascript; charset=utf-8",
          "ask.js", "text/javascript; charset=utf-8");

  private final Map<String, byte[]> files;

  public PageController() {
    files =
        Map.of(
            "operator.html", OpsController.resource("/voxpop/server/assets/operator.html"),
            "ask.html", OpsController.resource("/voxpop/server/assets/ask.html"),
            "voxpop.css", OpsController.resource("/voxpop/server/assets/voxpop.css"),
            "operator.js", OpsController.resource("/voxpop/server/assets/operator.js"),
            "ask.js", OpsController.resource("/voxpop/server/assets/ask.js"));
  }

  private static void secure(Context ctx) {
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " frame-ancestors 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  public void operator(Context ctx) {
    secure(ctx);
    ctx.contentType("text/html; charset=utf-8").result(files.get("operator.html"));
  }

  public void ask(Context ctx) {
    secure(ctx);
    ctx.contentType("text/html; charset=utf-8").result(files.get("ask.html"));
  }

  public void asset(Context ctx) {
    String name = ctx.pathParam("name");
    String type = ASSETS.get(name);
    if (type == null) {
      throw new ApiException(ApiError.NOT_FOUND, "no such asset");
    }
    secure(ctx);
    ctx.header("Cache-Control", "max-age=300").contentType(type).result(files.get(name));
  }
}
