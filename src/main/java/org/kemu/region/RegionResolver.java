package org.kemu.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;


/**
 * Finds a unit's region in the national table from the names a document prints — its unit's name first
 * ("上海市普陀区财政局" → 310107), then its text — without a database, so that extraction can use it too.
 *
 * <p>Names are not unique (two 普陀区, six 鼓楼区): a name is taken only when the names around it leave one region,
 * otherwise the answer is a refusal naming the candidates. The unit's name is read from its start: the first
 * region named, then each following name that lies inside it ("乐山市五通桥区…"). A county-level name of two
 * characters (城区, 和县, 新县) is also a common word, so it counts only after its parent's name or at the start of
 * the unit's name.
 */
public final class RegionResolver {

    /** Rows of the table that are groupings, not places a document names (市辖区 of the municipalities …). */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final int SHORT_NAME = 2;
    /** A leading 省/市/区/县 without a place name says the unit's level: 省人大办公厅, 区财政局. */
    private static final Pattern LEVEL_PREFIX = Pattern.compile("^(?:中共)?([省市区县])");
    /** How much more often one candidate's region must be named than the next for the text to decide. */
    private static final int DOMINANCE = 3;

    private static volatile RegionResolver national;

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> byName;
    private final int longestName;

    public RegionResolver(List<Region> regions) {
        this.byCode = regions.stream().collect(Collectors.toMap(Region::code, r -> r, (a, b) -> a, LinkedHashMap::new));
        this.byName = regions.stream().filter(r -> !PLACEHOLDERS.contains(r.name()))
                .collect(Collectors.groupingBy(Region::name, HashMap::new, Collectors.toList()));
        this.longestName = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The resolver over the seed's national table (GB/T 2260), {@link RegionCatalog#seeded()}. */
    public static RegionResolver national() {
        var resolver = national;
        if (resolver == null) {
            synchronized (RegionResolver.class) {
                if (national == null) {
                    national = new RegionResolver(RegionCatalog.seeded().regions());
                }
                resolver = national;
            }
        }
        return resolver;
    }

    /**
     * @param unitName the unit's name as the document prints it, or null
     * @param text     the document's text, or null; consulted when the name names no region or several
     */
    public Resolution resolve(String unitName, String text) {
        var name = unitName == null ? "" : unitName.strip();
        var chain = chainAtStart(name);
        var textMentions = text == null ? List.<Mention>of() : mentions(text, false);
        if (chain.size() == 1) {
            var region = chain.getFirst();
            return Resolution.found(region, "the unit's name \"" + name + "\" names " + region.name());
        }
        if (chain.size() > 1) {
            var byText = dominant(chain, textMentions);
            if (byText != null) {
                return Resolution.found(byText, "the unit's name \"" + name + "\" names " + byText.name()
                        + ", and the text names " + ancestorNames(byText));
            }
            return Resolution.ambiguous(name, chain);
        }
        return fromText(name, textMentions);
    }

    /**
     * The deepest region the name's leading run of region names points to, or all the candidates when they leave
     * more than one.
     */
    private List<Region> chainAtStart(String name) {
        var candidates = List.<Region>of();
        for (var mention : mentions(name, true)) {
            if (candidates.isEmpty()) {
                candidates = mention.regions();
                continue;
            }
            var parents = candidates;
            var inside = mention.regions().stream()
                    .filter(r -> parents.stream().anyMatch(p -> r.code().startsWith(p.code()) && !r.equals(p)))
                    .toList();
            if (inside.isEmpty()) {
                break;
            }
            candidates = inside;
        }
        return candidates;
    }

    /** Among same-named candidates, the one whose province or prefecture the text names clearly more often. */
    private static Region dominant(List<Region> candidates, List<Mention> textMentions) {
        var scores = candidates.stream().collect(Collectors.toMap(c -> c, c -> textMentions.stream()
                .filter(m -> m.regions().size() == 1)
                .map(m -> m.regions().getFirst())
                .filter(r -> c.code().startsWith(r.code()) && !r.equals(c))
                .count()));
        var ranked = candidates.stream().sorted(Comparator.comparing(scores::get).reversed()).toList();
        var best = scores.get(ranked.get(0));
        var next = scores.get(ranked.get(1));
        return best > 0 && best >= DOMINANCE * Math.max(1, next) || best > 0 && next == 0 ? ranked.getFirst() : null;
    }

    /**
     * A name without a region in it (省人大办公厅, 区财政局): the region of the level its prefix says, or of any
     * level, that the text names most, when one stands out.
     */
    private Resolution fromText(String name, List<Mention> textMentions) {
        var prefix = LEVEL_PREFIX.matcher(name);
        var level = !prefix.find() ? null : switch (prefix.group(1)) {
            case "省" -> "province";
            case "市" -> "prefecture";
            default -> "county";
        };
        var counts = new HashMap<Region, Long>();
        for (var mention : textMentions) {
            if (mention.regions().size() == 1) {
                var region = mention.regions().getFirst();
                if (level == null || region.level().equals(level) || "prefecture".equals(level)
                        && region.level().equals("province") && isMunicipality(region)) {
                    counts.merge(region, 1L, Long::sum);
                }
            }
        }
        if (counts.isEmpty()) {
            return Resolution.notFound(name);
        }
        var ranked = counts.entrySet().stream().sorted(Map.Entry.<Region, Long>comparingByValue().reversed()).toList();
        var best = ranked.getFirst();
        if (ranked.size() > 1 && best.getValue() < DOMINANCE * ranked.get(1).getValue()) {
            return Resolution.ambiguous(name, ranked.stream().limit(4).map(Map.Entry::getKey).toList());
        }
        return Resolution.found(best.getKey(), "the text names " + best.getKey().name() + " " + best.getValue()
                + " times" + (level == null ? "" : " and the unit's name \"" + name + "\" starts with " + prefix.group(1)));
    }

    private static boolean isMunicipality(Region province) {
        return province.name().endsWith("市");
    }

    private String ancestorNames(Region region) {
        var names = new ArrayList<String>();
        for (int length = 2; length < region.code().length(); length += 2) {
            var ancestor = byCode.get(region.code().substring(0, length));
            if (ancestor != null && !PLACEHOLDERS.contains(ancestor.name())) {
                names.add(ancestor.name());
            }
        }
        return String.join(" and ", names);
    }

    /**
     * The region names in {@code text}, longest first at each position, in order. A two-character name counts
     * only after its parent's name, or at the very start when {@code atStart} allows it.
     */
    private List<Mention> mentions(String text, boolean atStart) {
        var found = new ArrayList<Mention>();
        int i = 0;
        while (i < text.length()) {
            Mention match = null;
            for (int length = Math.min(longestName, text.length() - i); length >= SHORT_NAME && match == null; length--) {
                var regions = byName.get(text.substring(i, i + length));
                if (regions == null) {
                    continue;
                }
                if (length == SHORT_NAME) {
                    var start = i;
                    regions = regions.stream().filter(r -> atStart && start == 0 || afterParent(text, start, r)).toList();
                }
                if (!regions.isEmpty()) {
                    match = new Mention(i, length, regions);
                }
            }
            if (match == null) {
                i++;
            } else {
                found.add(match);
                i += match.length();
            }
        }
        return found;
    }

    private boolean afterParent(String text, int start, Region region) {
        var parent = region.parentCode() == null ? null : byCode.get(region.parentCode());
        return parent != null && text.startsWith(parent.name(), start - parent.name().length());
    }

    private record Mention(int start, int length, List<Region> regions) {
    }

    /**
     * The answer: a region with what showed it, or the candidates when the names leave several (then
     * {@link #refusal()} says so), or neither when no region is named.
     */
    public record Resolution(Region region, String evidence, List<Region> candidates, String unitName) {

        static Resolution found(Region region, String evidence) {
            return new Resolution(region, evidence, List.of(region), null);
        }

        static Resolution ambiguous(String unitName, List<Region> candidates) {
            return new Resolution(null, null, List.copyOf(candidates), unitName);
        }

        static Resolution notFound(String unitName) {
            return new Resolution(null, null, List.of(), unitName);
        }

        public boolean found() {
            return region != null;
        }

        public boolean ambiguous() {
            return region == null && !candidates.isEmpty();
        }

        /** One line for an extraction report: the region and what showed it, or why there is none. */
        public String note() {
            return found() ? "region " + region.code() + " " + region.path() + " found: " + evidence : refusal();
        }

        /** Why no region was chosen, naming the candidates, for a message that ends with what to do. */
        public String refusal() {
            if (found()) {
                return null;
            }
            var subject = unitName == null || unitName.isBlank() ? "the document" : "\"" + unitName + "\"";
            if (candidates.isEmpty()) {
                return "no region found: neither " + subject + " nor the text names a province, city or county";
            }
            return "the region is ambiguous: " + subject + " may be in " + candidates.stream()
                    .map(c -> c.code() + " " + c.path()).collect(Collectors.joining(" or "))
                    + ", and the text does not tell them apart";
        }
    }
}
