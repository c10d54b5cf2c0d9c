package org.agendapack.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The inputs dealt into partitions of about equal work, measured by size: largest first, each to the partition
 * with the least so far (longest processing time first), so a 2,000-page pack has a partition to itself while the
 * small files share the others. Each file also counts a fixed cost, its opening and the JVM's work around it, so
 * that a thousand tiny files are not all given to one partition. Partitions come out heaviest first, the order
 * Spark starts them in, so the longest work starts first.
 */
final class SizeBalance {

    /** What a file costs beyond its bytes, as if it were this many bytes longer. */
    static final long FILE_COST = 256 * 1024;

    private SizeBalance() {
    }

    private static final class Bin {
        final List<String> uris = new ArrayList<>();
        long load;
        final int order;

        Bin(int order) {
            this.order = order;
        }
    }

    static List<List<String>> of(List<InputListing.Input> inputs, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        }
        int count = Math.min(partitions, inputs.size());
        PriorityQueue<Bin> lightest = new PriorityQueue<>(
                Comparator.comparingLong((Bin bin) -> bin.load).thenComparingInt(bin -> bin.order));
        for (int i = 0; i < count; i++) {
            lightest.add(new Bin(i));
        }
        List<InputListing.Input> largestFirst = new ArrayList<>(inputs);
        largestFirst.sort(Comparator.comparingLong(InputListing.Input::size).reversed()
                .thenComparing(InputListing.Input::uri));
        for (InputListing.Input input : largestFirst) {
            Bin bin = lightest.poll();
            bin.uris.add(input.uri());
            bin.load += input.size() + FILE_COST;
            lightest.add(bin);
        }
        List<Bin> bins = new ArrayList<>(lightest);
        bins.sort(Comparator.comparingLong((Bin bin) -> bin.load).reversed().thenComparingInt(bin -> bin.order));
        return bins.stream().map(bin -> (List<String>) new ArrayList<>(bin.uris)).toList();
    }
}
