package org.techmatch.importing.techmarket;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.techmatch.vocabulary.TransferMode;

/**
 * Parses the market's 合作方式: demands separate the atoms by commas (技术转让,技术许可), achievements glue
 * them together (完全转让许可转让技术入股合作生产). Both are cut into the longest known atom at each position,
 * the atoms being our {@link TransferMode} labels and aliases plus 其他 ("other"), which has no transfer mode.
 */
final class CooperationMethods {
    static final String OTHER = "其他";
    private static final List<String> ATOMS = Stream.concat(Stream.of(OTHER), Stream.of(TransferMode.values())
                    .flatMap(m -> Stream.concat(Stream.of(m.label()), m.aliases().stream())))
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private CooperationMethods() {
    }

    /**
     * @param modes   the transfer modes named, in source order, without repeats
     * @param other   whether 其他 was among them
     * @param unknown pieces that are no known atom
     */
    record Parsed(List<TransferMode> modes, boolean other, List<String> unknown) {
        boolean lossless() {
            return !other && unknown.isEmpty();
        }
    }

    static Parsed parse(String raw) {
        Set<TransferMode> modes = new LinkedHashSet<>();
        boolean other = false;
        List<String> unknown = new ArrayList<>();
        for (String piece : raw.strip().split("[,，、;；/\\s]+")) {
            int at = 0;
            while (at < piece.length()) {
                int from = at;
                String atom = ATOMS.stream().filter(a -> piece.startsWith(a, from)).findFirst().orElse(null);
                if (atom == null) {
                    unknown.add(piece.substring(at));
                    break;
                }
                if (atom.equals(OTHER)) {
                    other = true;
                } else {
                    modes.add(TransferMode.of(atom));
                }
                at += atom.length();
            }
        }
        return new Parsed(List.copyOf(modes), other, unknown);
    }
}
