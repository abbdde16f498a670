package voxpop.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import voxpop.model.AgeGroup;
import voxpop.model.Channel;
import voxpop.model.Language;

/**
 * Reads one theme file: theme directives ({@code theme}, {@code category}, {@code weight}, {@code
 * age}, {@code female}, {@code channels}, {@code last-days}, {@code define}), a {@code == context}
 * section and {@code == sub KEY} sections with their directives ({@code weight}, {@code surge},
 * {@code campaign}) and template lines prefixed {@code ? ! s = ~ uk? uk! uk= en? en! en=}. Errors
 * name the file and line.
 */
final class ThemeFileParser {
  private static final double[] DEFAULT_AGES = {6, 13, 24, 27, 30};

  private final Map<String, Node> globalFragments;
  private final Set<String> categories;

  ThemeFileParser(Map<String, Node> globalFragments, Set<String> categories) {
    this.globalFragments = globalFragments;
    this.categories = categories;
  }

  Theme parse(String file) {
    List<ResourceText.Line> lines = ResourceText.lines("themes/" + file);
    Map<String, String> head = new HashMap<>();
    Map<String, Node> fragments = new HashMap<>(globalFragments);
    TemplateParser parser = new TemplateParser(fragments::get, RenderContext::accepts);
    int i = 0;
    for (; i < lines.size() && !lines.get(i).text().startsWith("=="); i++) {
      ResourceText.Line line = lines.get(i);
      String[] kv = line.text().split("\\s+", 2);
      if (kv.length < 2) {
        throw line.error("directive without a value");
      }
      if (kv[0].equals("define")) {
        String[] def = kv[1].split("\\s*=\\s*", 2);
        fragments.put(def[0], compile(parser, line, def[1]));
      } else if (Set.of(
              "theme", "category", "label", "weight", "age", "female", "channels", "last-days")
          .contains(kv[0])) {
        head.put(kv[0], kv[1]);
      } else {
        throw line.error("unknown theme directive '" + kv[0] + "'");
      }
    }
    Theme theme = theme(head, lines.isEmpty() ? null : lines.get(0), file);
    Bucket context = new Bucket();
    Bucket sub = null;
    String subKey = null;
    Map<String, String> subHead = new HashMap<>();
    for (; i < lines.size(); i++) {
      ResourceText.Line line = lines.get(i);
      String t = line.text();
      if (t.startsWith("==")) {
        if (sub != null) {
          theme.subthemes.add(sub.build(theme, subKey, subHead, context, line));
        }
        String section = t.substring(2).strip();
        if (section.equals("context")) {
          sub = null;
          continue;
        }
        if (!section.startsWith("sub ")) {
          throw line.error("expected '== context' or '== sub KEY'");
        }
        subKey = theme.key + "." + section.substring(4).strip();
        sub = new Bucket();
        subHead = new HashMap<>();
        continue;
      }
      Bucket target = sub == null ? context : sub;
      int space = t.indexOf(' ');
      String prefix = space < 0 ? t : t.substring(0, space);
      if (sub != null && Set.of("weight", "surge", "campaign").contains(prefix)) {
        subHead.put(prefix, t.substring(space + 1).strip());
        continue;
      }
      target.add(prefix, compile(parser, line, t.substring(space + 1).strip()), line);
    }
    if (sub != null) {
      theme.subthemes.add(sub.build(theme, subKey, subHead, context, lines.get(lines.size() - 1)));
    }
    if (theme.subthemes.size() < 2 || theme.subthemes.size() > 6) {
      throw new IllegalStateException(
          file + ": a theme needs 2 to 6 sub-themes, has " + theme.subthemes.size());
    }
    return theme;
  }

  private static Node compile(TemplateParser parser, ResourceText.Line line, String src) {
    try {
      return parser.parse(src);
    } catch (IllegalArgumentException e) {
      throw line.error(e.getMessage());
    }
  }

  private Theme theme(Map<String, String> h, ResourceText.Line at, String file) {
    String key = h.get("theme");
    String category = h.get("category");
    if (key == null || category == null || !h.containsKey("weight")) {
      throw new IllegalStateException(file + ": needs 'theme', 'category' and 'weight'");
    }
    if (!categories.contains(category)) {
      throw new IllegalStateException(file + ": unknown category '" + category + "'");
    }
    double[] ages = DEFAULT_AGES.clone();
    if (h.containsKey("age")) {
      ages = new double[5];
      for (Map.Entry<String, Double> e : pairs(h.get("age"), file).entrySet()) {
        ages[AgeGroup.parse(e.getKey()).ordinal()] = e.getValue();
      }
    }
    double[] channels = new double[Channel.values().length];
    Arrays.fill(channels, 1.0);
    if (h.containsKey("channels")) {
      for (Map.Entry<String, Double> e : pairs(h.get("channels"), file).entrySet()) {
        channels[Channel.parse(e.getKey()).ordinal()] = e.getValue();
      }
    }
    return new Theme(
        key,
        category,
        h.getOrDefault("label", key),
        Double.parseDouble(h.get("weight")),
        new Weighted(ages),
        Double.parseDouble(h.getOrDefault("female", "0.56")),
        channels,
        Integer.parseInt(h.getOrDefault("last-days", "0")));
  }

  static Map<String, Double> pairs(String spec, String where) {
    Map<String, Double> m = new HashMap<>();
    for (String p : spec.strip().split("\\s+")) {
      String[] kv = p.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalStateException(where + ": expected key=value, found '" + p + "'");
      }
      m.put(kv[0], Double.parseDouble(kv[1]));
    }
    return m;
  }

  /** Template lines collected for one section. */
  private static final class Bucket {
    final Map<Language, List<Template>> asks = new EnumMap<>(Language.class);
    final Map<Language, List<Template>> contexts = new EnumMap<>(Language.class);
    final List<Template> sms = new ArrayList<>();
    final List<Template> reported = new ArrayList<>();

    void add(String prefix, Node node, ResourceText.Line line) {
      Language lang = Language.RU;
      String p = prefix;
      if (p.startsWith("uk") || p.startsWith("en")) {
        lang = Language.parse(p.substring(0, 2));
        p = p.substring(2);
      }
      String where = line.where();
      switch (p) {
        case "?" -> list(asks, lang).add(new Template(node, Template.Kind.QUESTION, where));
        case "!" -> list(asks, lang).add(new Template(node, Template.Kind.REQUEST, where));
        case "=" -> list(contexts, lang).add(new Template(node, Template.Kind.CONTEXT, where));
        case "~" -> reported.add(new Template(node, Template.Kind.REPORTED, where));
        case "s" -> sms.add(new Template(node, Template.Kind.SMS, where));
        default -> throw line.error("unknown line prefix '" + prefix + "'");
      }
      if (lang != Language.RU && (p.equals("~") || p.equals("s"))) {
        throw line.error("'~' and 's' lines are Russian only");
      }
    }

    static List<Template> list(Map<Language, List<Template>> m, Language lang) {
      return m.computeIfAbsent(lang, k -> new ArrayList<>());
    }

    Subtheme build(
        Theme theme, String key, Map<String, String> head, Bucket context, ResourceText.Line at) {
      Map<Language, List<Template>> ctx = new EnumMap<>(Language.class);
      for (Language l : List.of(Language.RU, Language.UK, Language.EN)) {
        List<Template> all = new ArrayList<>(contexts.getOrDefault(l, List.of()));
        all.addAll(context.contexts.getOrDefault(l, List.of()));
        ctx.put(l, List.copyOf(all));
      }
      List<Template> rep = new ArrayList<>(reported);
      rep.addAll(context.reported);
      Map<Language, List<Template>> a = new EnumMap<>(Language.class);
      asks.forEach((l, t) -> a.put(l, List.copyOf(t)));
      Subtheme.Surge surge = null;
      if (head.containsKey("surge")) {
        Map<String, String> s = new HashMap<>();
        for (String p : head.get("surge").split("\\s+")) {
          String[] kv = p.split("=", 2);
          s.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        surge =
            new Subtheme.Surge(
                Integer.parseInt(s.get("last-days")),
                Double.parseDouble(s.get("factor")),
                List.of(s.get("regions").split(",")));
      }
      Subtheme.CampaignScope scope =
          Subtheme.CampaignScope.valueOf(
              head.getOrDefault("campaign", "none").toUpperCase(java.util.Locale.ROOT));
      try {
        return new Subtheme(
            key,
            theme,
            Double.parseDouble(head.getOrDefault("weight", "1")),
            a,
            List.copyOf(sms),
            ctx,
            List.copyOf(rep),
            surge,
            scope);
      } catch (RuntimeException e) {
        throw at.error("sub-theme " + key + ": " + e.getMessage());
      }
    }
  }
}
