package org.agendapack.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tuesday, 25th September, 2018|2018-09-25",
            "Tuesday 28th November 2017|2017-11-28",
            "2.00 pm on 11 September 2014|2014-09-11",
            "25 th September 2018|2018-09-25",
            "10 th May 2017|2017-05-10",
            "1st of May 2019|2019-05-01",
            "Sept 3 2014|2014-09-03",
            "September 25th, 2018|2018-09-25",
            "24.10.2017|2017-10-24",
            "held on 24/10/17 at noon|2017-10-24",
            "2020-02-29|2020-02-29",
            "Thursday, 13th March, 2025|2025-03-13",
            "THURSDAY, 9 JANUARY 2025|2025-01-09",
            "on the 5th day of March 2025|2025-03-05",
            "13/03/2025|2025-03-13",
            "Wed 5 Feb 2025|2025-02-05"})
    void readsPrintedDates(String text, String iso) {
        assertThat(Dates.findDate(text)).contains(LocalDate.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31st February 2019", "Pages 9 - 12", "version 1.2.3", ""})
    void findsNoDateWhereThereIsNone(String text) {
        assertThat(Dates.findDate(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2.00 pm|14:00", "10.30am|10:30", "2pm|14:00", "12.30 pm|12:30", "12 am|00:00", "2:15 p.m.|14:15",
            "at 11.00am|11:00", "18:30|18:30", "Midday|12:00", "10am|10:00", "2.30pm|14:30", "at noon|12:00",
            "3.00 pm (or on the rising of the Council, whichever is the later)|15:00"})
    void readsTimesOnA24HourClock(String text, String time) {
        assertThat(Dates.findTime(text)).contains(LocalTime.parse(time));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Committee Room 1", "13 - 46", "amendments to item 12"})
    void findsNoTimeWhereThereIsNone(String text) {
        assertThat(Dates.findTime(text)).isEmpty();
    }
}
