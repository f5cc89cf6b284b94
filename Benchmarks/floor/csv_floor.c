/*
 * The reader's physical floor: parses CSV files with libcsv and counts fields and records, nothing else.
 *
 * Build: cc -O2 -o csv_floor csv_floor.c -lcsv
 * Usage: csv_floor FILE...   prints "<bytes> bytes, <records> records, <fields> fields"
 *
 * Same libcsv options as FiveAimCSV (strict, empty is null, no space trimming) and the same 1 MiB reads,
 * but no line tracking, UTF-8 screening, field copying or decoding: what any libcsv-based reader must pay.
 */
#include <csv.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static size_t fields, records;

static void field_ended(void *data, size_t length, void *context) { (void)data; (void)length; (void)context; fields++; }
static void record_ended(int terminator, void *context) { (void)terminator; (void)context; records++; }
static int no_spaces(unsigned char c) { (void)c; return 0; }

int main(int argc, char **argv) {
    static char buffer[1 << 20];
    size_t bytes = 0;
    for (int i = 1; i < argc; i++) {
        struct csv_parser parser;
        if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL) != 0) return 2;
        csv_set_space_func(&parser, no_spaces);
        int fd = open(argv[i], O_RDONLY);
        if (fd < 0) { perror(argv[i]); return 1; }
        ssize_t got;
        while ((got = read(fd, buffer, sizeof buffer)) > 0) {
            bytes += (size_t)got;
            if (csv_parse(&parser, buffer, (size_t)got, field_ended, record_ended, NULL) != (size_t)got) {
                fprintf(stderr, "%s: %s\n", argv[i], csv_strerror(csv_error(&parser)));
                return 1;
            }
        }
        if (got < 0) { perror(argv[i]); return 1; }
        csv_fini(&parser, field_ended, record_ended, NULL);
        csv_free(&parser);
        close(fd);
    }
    printf("%zu bytes, %zu records, %zu fields\n", bytes, records, fields);
    return 0;
}
