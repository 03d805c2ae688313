package org.kemu.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A command's arguments, read in order: its options with their values and its operands, while the settings for
 * the application context ({@code --spring.*}, {@code --kemu.*}, {@code --logging.*}) are set aside to be passed
 * through, wherever they stand.
 */
public final class Arguments {

    private static final List<String> SETTING_PREFIXES = List.of("--spring.", "--kemu.", "--logging.");

    private final List<String> args;
    private final List<String> settings = new ArrayList<>();
    private int next;

    public Arguments(List<String> args) {
        this.args = args;
    }

    /** The next option or operand, or null when there is none left. */
    public String next() {
        while (next < args.size()) {
            var arg = args.get(next++);
            if (SETTING_PREFIXES.stream().anyMatch(arg::startsWith)) {
                settings.add(arg);
            } else {
                return arg;
            }
        }
        return null;
    }

    /** The value that follows {@code option}. */
    public String value(String option) throws UsageException {
        if (next == args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(next++);
    }

    public int intValue(String option) throws UsageException {
        return number(option, Integer::valueOf);
    }

    public long longValue(String option) throws UsageException {
        return number(option, Long::valueOf);
    }

    public double doubleValue(String option) throws UsageException {
        return number(option, Double::valueOf);
    }

    /** The value that follows {@code option} as one of the constants of {@code type}, named exactly. */
    public <E extends Enum<E>> E choice(String option, Class<E> type) throws UsageException {
        var value = value(option);
        var names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (!names.contains(value)) {
            throw new UsageException(option + " must be " + String.join(", ", names.subList(0, names.size() - 1))
                    + " or " + names.getLast() + ", got " + value);
        }
        return Enum.valueOf(type, value);
    }

    /** {@code arg} as an operand (a file, typically), unless it looks like an option none of the command's. */
    public String operand(String arg) throws UsageException {
        if (arg.startsWith("--")) {
            throw unknown(arg);
        }
        return arg;
    }

    /** The error for an argument the command has no use for. */
    public UsageException unknown(String arg) {
        return new UsageException((arg.startsWith("-") ? "unknown option " : "unexpected argument ") + arg);
    }

    /** The settings met so far, in their order. */
    public List<String> settings() {
        return List.copyOf(settings);
    }

    private <T> T number(String option, Function<String, T> parse) throws UsageException {
        var value = value(option);
        try {
            return parse.apply(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, got " + value);
        }
    }
}
