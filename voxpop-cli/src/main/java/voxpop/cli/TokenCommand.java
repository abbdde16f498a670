package voxpop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import voxpop.store.AppealStore;
import voxpop.store.TokenRecord;
import voxpop.store.TokenStore;

/**
 * {@code voxpop token create|list|revoke}: gateway tokens, stored hashed; the secret is printed
 * once, at creation.
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Issue, list and revoke the tokens of the gateway doors.",
    subcommands = {
      TokenCommand.Create.class,
      TokenCommand.ListTokens.class,
      TokenCommand.Revoke.class
    })
public final class TokenCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Issue a token; prints its secret once.")
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store = new StoreOptions();

    @Option(
        names = "--channel",
        required = true,
        description = "The door: phone, sms, messenger, social, web, app, other, or import")
    String channel;

    @Option(names = "--label", description = "A note on who holds it", defaultValue = "")
    String label;

    @Override
    public Integer call() {
      try (AppealStore st = store.open()) {
        TokenStore.IssuedToken t = st.tokens().create(channel, label);
        PrintWriter out = spec.commandLine().getOut();
        out.println(t.secret());
        spec.commandLine()
            .getErr()
            .println(
                "token "
                    + t.record().id()
                    + " (scope "
                    + t.record().scope()
                    + ") created; the secret above is shown only once");
        return 0;
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List tokens (never their secrets).")
  static final class ListTokens implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
      try (AppealStore st = store.open()) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-10s %-10s %-25s %-25s %s%n", "ID", "SCOPE", "CREATED", "REVOKED", "LABEL");
        for (TokenRecord r : st.tokens().list()) {
          out.printf(
              "%-10s %-10s %-25s %-25s %s%n",
              r.id(),
              r.scope(),
              r.createdAt(),
              r.revokedAt() == null ? "-" : r.revokedAt().toString(),
              r.label());
        }
        return 0;
      }
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by id.")
  static final class Revoke implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store = new StoreOptions();

    @Parameters(paramLabel = "ID", description = "The token id (see token list)")
    String id;

    @Override
    public Integer call() {
      try (AppealStore st = store.open()) {
        if (st.tokens().revoke(id)) {
          spec.commandLine().getOut().println("token " + id + " revoked");
          return 0;
        }
        spec.commandLine().getErr().println("no active token with id " + id);
        return 1;
      }
    }
  }
}
