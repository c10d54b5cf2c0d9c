package org.agendapack.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizeBalanceTest {

    private static InputListing.Input input(String name, long megabytes) {
        return new InputListing.Input("s3a://packs/" + name, megabytes * 1024 * 1024);
    }

    @Test
    void aLargePackHasAPartitionToItselfAndComesFirst() {
        List<InputListing.Input> inputs = new ArrayList<>();
        inputs.add(input("budget-book.pdf", 200));
        for (int i = 0; i < 40; i++) {
            inputs.add(input("minutes-" + i + ".pdf", 1));
        }
        List<List<String>> bins = SizeBalance.of(inputs, 4);
        assertThat(bins).hasSize(4);
        assertThat(bins.get(0)).containsExactly("s3a://packs/budget-book.pdf");
        assertThat(bins.subList(1, 4)).allSatisfy(bin -> assertThat(bin).hasSizeBetween(13, 14));
        assertThat(bins.stream().mapToInt(List::size).sum()).isEqualTo(41);
    }

    @Test
    void tinyFilesAreSpreadByTheirCountNotPiledTogether() {
        List<InputListing.Input> inputs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            inputs.add(new InputListing.Input("hdfs:/p/" + i + ".txt", i == 0 ? 0 : 100));
        }
        assertThat(SizeBalance.of(inputs, 3)).allSatisfy(bin -> assertThat(bin).hasSize(4));
    }

    @Test
    void theDealIsTheSameEveryTimeAndNoPartitionIsEmpty() {
        List<InputListing.Input> inputs = List.of(input("b.pdf", 3), input("a.pdf", 3), input("c.txt", 1));
        assertThat(SizeBalance.of(inputs, 8)).isEqualTo(SizeBalance.of(List.of(inputs.get(2), inputs.get(1), inputs.get(0)), 8))
                .hasSize(3).allSatisfy(bin -> assertThat(bin).hasSize(1));
        assertThat(SizeBalance.of(List.of(), 4)).isEmpty();
        assertThatThrownBy(() -> SizeBalance.of(inputs, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
