package app.kneecoach.json;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum constant spelled in the catalog JSON by a lower-case key. */
public interface Keyed {
    public String key();

    public static <E extends Enum<E> & Keyed> Optional<E> fromKey(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.key().equals(key)).findFirst();
    }

    public static <E extends Enum<E> & Keyed> List<String> keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyed::key).collect(Collectors.toList());
    }
}
