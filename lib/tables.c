/* The data behind every decision; extend a table, not the code. Rows are kept in
 * order of their first letter (then every other first byte), a longer phrase before
 * its prefix, since the first match wins. After adding a row, `ctest -R modules
 * --output-on-failure` prints the group starts (`at`) or letter masks to write. */
#include "tables.h"

#include "text.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
/* A list and where its first-byte groups start, a..z, other, end (checked by test_modules). */
#define LIST(items, ...) { items, COUNT(items), { __VA_ARGS__ } }
#define L(c) WARTA_FIRST_LETTER(c)
#define P WARTA_PHRASE

static const warta_phrase jpnn[] = {P("jpnn.com"), P("jpnn")};
static const warta_phrase tempo[] = {P("tempo.co"), P("tempo.co.id"), P("tempo")};
static const warta_phrase kompas[] = {P("kompas.com"), P("kompas cyber media")};
static const warta_phrase detik[] = {P("detik.com"), P("detikcom"), P("detiknews"),
                                     P("detikfinance"), P("detiksport"), P("detikinet"),
                                     P("detikhot"), P("detikoto"), P("detikhealth"),
                                     P("detiktravel"), P("detikfood")};
static const warta_phrase antara[] = {P("antaranews.com"), P("antara news"), P("antaranews"),
                                      P("antara")};
static const warta_phrase liputan6[] = {P("liputan6.com"), P("liputan6")};
static const warta_phrase republika[] = {P("republika.co.id"), P("republika online"),
                                         P("republika")};
static const warta_phrase okezone[] = {P("okezone.com"), P("okezone")};
static const warta_phrase tribun[] = {P("tribunnews.com"), P("tribunnews")};
static const warta_phrase cnn[] = {P("cnnindonesia.com"), P("cnn indonesia")};
static const warta_phrase cnbc[] = {P("cnbcindonesia.com"), P("cnbc indonesia")};
static const warta_phrase suara[] = {P("suara.com")};
static const warta_phrase sindo[] = {P("sindonews.com"), P("sindonews"), P("koran sindo")};
static const warta_phrase viva[] = {P("viva.co.id"), P("vivanews"), P("viva")};
static const warta_phrase merdeka[] = {P("merdeka.com")};
static const warta_phrase kapanlagi[] = {P("kapanlagi.com"), P("kapanlagi")};
static const warta_phrase mediaindonesia[] = {P("mediaindonesia.com"), P("media indonesia")};
static const warta_phrase kumparan[] = {P("kumparan.com"), P("kumparan")};
static const warta_phrase tirto[] = {P("tirto.id")};
static const warta_phrase bisnis[] = {P("bisnis.com"), P("jibi")};
static const warta_phrase kontan[] = {P("kontan.co.id"), P("kontan")};
static const warta_phrase beritasatu[] = {P("beritasatu.com"), P("beritasatu")};
static const warta_phrase idntimes[] = {P("idntimes.com"), P("idn times")};
static const warta_phrase jawapos[] = {P("jawapos.com"), P("jawa pos"), P("jawapos")};
static const warta_phrase inews[] = {P("inews.id"), P("inews")};
static const warta_phrase medcom[] = {P("medcom.id"), P("metrotvnews.com")};
static const warta_phrase voa[] = {P("voaindonesia.com"), P("voa indonesia"), P("voa")};
static const warta_phrase bbc[] = {P("bbc.com/indonesia"), P("bbc news indonesia"),
                                   P("bbc indonesia")};
static const warta_phrase abc[] = {P("abc.net.au/indonesian"), P("abc indonesia"),
                                   P("abc australia plus")};

#define OUTLET(domain, signs, firsts) { domain, signs, (uint8_t)COUNT(signs), firsts }

const warta_outlet warta_outlets[] = {
    OUTLET("jpnn.com", jpnn, L('j')),
    OUTLET("tempo.co", tempo, L('t')),
    OUTLET("kompas.com", kompas, L('k')),
    OUTLET("detik.com", detik, L('d')),
    OUTLET("antaranews.com", antara, L('a')),
    OUTLET("liputan6.com", liputan6, L('l')),
    OUTLET("republika.co.id", republika, L('r')),
    OUTLET("okezone.com", okezone, L('o')),
    OUTLET("tribunnews.com", tribun, L('t')),
    OUTLET("cnnindonesia.com", cnn, L('c')),
    OUTLET("cnbcindonesia.com", cnbc, L('c')),
    OUTLET("suara.com", suara, L('s')),
    OUTLET("sindonews.com", sindo, L('s') | L('k')),
    OUTLET("viva.co.id", viva, L('v')),
    OUTLET("merdeka.com", merdeka, L('m')),
    OUTLET("kapanlagi.com", kapanlagi, L('k')),
    OUTLET("mediaindonesia.com", mediaindonesia, L('m')),
    OUTLET("kumparan.com", kumparan, L('k')),
    OUTLET("tirto.id", tirto, L('t')),
    OUTLET("bisnis.com", bisnis, L('b') | L('j')),
    OUTLET("kontan.co.id", kontan, L('k')),
    OUTLET("beritasatu.com", beritasatu, L('b')),
    OUTLET("idntimes.com", idntimes, L('i')),
    OUTLET("jawapos.com", jawapos, L('j')),
    OUTLET("inews.id", inews, L('i')),
    OUTLET("medcom.id", medcom, L('m')),
    OUTLET("voaindonesia.com", voa, L('v')),
    OUTLET("bbc.com/indonesia", bbc, L('b')),
    OUTLET("abc.net.au/indonesian", abc, L('a')),
};
const size_t warta_outlet_count = COUNT(warta_outlets);

const warta_label warta_labels[] = {
    {P("By"), WARTA_ROLE_AUTHOR, 1},
    {P("Editor"), WARTA_ROLE_EDITOR, 0},
    {P("Fotografer"), WARTA_ROLE_PHOTO, 0},
    {P("Foto"), WARTA_ROLE_CAPTION, 0},
    {P("Ilustrasi"), WARTA_ROLE_CAPTION, 0},
    {P("Kontributor"), WARTA_ROLE_AUTHOR, 0},
    {P("Laporan"), WARTA_ROLE_AUTHOR, 0},
    {P("Oleh"), WARTA_ROLE_AUTHOR, 1},
    {P("Penulis"), WARTA_ROLE_AUTHOR, 0},
    {P("Pewarta"), WARTA_ROLE_AUTHOR, 0},
    {P("Penyunting"), WARTA_ROLE_EDITOR, 0},
    {P("Photographer"), WARTA_ROLE_PHOTO, 0},
    {P("Photo"), WARTA_ROLE_CAPTION, 0},
    {P("Reporter"), WARTA_ROLE_AUTHOR, 0},
    {P("Rep"), WARTA_ROLE_AUTHOR, 0},
    {P("Redaktur"), WARTA_ROLE_EDITOR, 0},
    {P("Red"), WARTA_ROLE_EDITOR, 0},
    {P("Sumber"), WARTA_ROLE_SOURCE, 0},
    {P("Videografer"), WARTA_ROLE_PHOTO, 0},
    {P("Wartawan"), WARTA_ROLE_AUTHOR, 0},
    {P("Writer"), WARTA_ROLE_AUTHOR, 0},
};
const size_t warta_label_count = COUNT(warta_labels);
/* Where each first-byte group of the labels starts (checked by test_modules). */
const uint8_t warta_label_at[WARTA_GROUPS + 1] = {
    0, 0, 1, 1, 1, 2, 4, 4, 4, 5, 5, 6, 7, 7, 7, 8, 13, 13, 17, 18, 18, 18, 19, 21, 21, 21, 21, 21,
};

/* The key sets of tables.h, checked by test_modules; warta_openers' entries name the
 * tables whose rows set them. */
#define HEADING WARTA_OPENS_HEADING
#define READ_ALSO WARTA_OPENS_READ_ALSO
#define BOILERPLATE WARTA_OPENS_BOILERPLATE
#define LABEL WARTA_OPENS_LABEL
const uint8_t warta_openers[WARTA_KEY_BITS] = {
    [4] = LABEL, [7] = LABEL, [16] = LABEL, [64] = BOILERPLATE, [87] = HEADING,
    [162] = BOILERPLATE, [166] = LABEL, [170] = BOILERPLATE, [210] = HEADING,
    [222] = HEADING | LABEL, [240] = HEADING | LABEL, [247] = LABEL, [278] = HEADING,
    [304] = BOILERPLATE, [306] = HEADING, [311] = BOILERPLATE, [319] = HEADING, [405] = LABEL,
    [416] = HEADING, [419] = BOILERPLATE, [434] = BOILERPLATE, [442] = BOILERPLATE,
    [448] = HEADING, [484] = LABEL, [490] = BOILERPLATE, [491] = LABEL, [502] = BOILERPLATE,
    [525] = HEADING, [533] = LABEL, [562] = HEADING | BOILERPLATE, [596] = LABEL, [624] = HEADING,
    [632] = BOILERPLATE, [656] = HEADING | READ_ALSO | BOILERPLATE, [660] = HEADING | READ_ALSO,
    [663] = HEADING | READ_ALSO | BOILERPLATE, [680] = BOILERPLATE, [689] = HEADING, [690] = LABEL,
    [697] = HEADING, [699] = BOILERPLATE, [708] = BOILERPLATE, [714] = BOILERPLATE,
    [737] = HEADING | BOILERPLATE, [774] = LABEL, [781] = BOILERPLATE, [787] = HEADING,
    [808] = BOILERPLATE, [813] = HEADING | READ_ALSO, [840] = HEADING | BOILERPLATE, [899] = LABEL,
    [932] = HEADING, [935] = LABEL, [957] = BOILERPLATE, [960] = HEADING | READ_ALSO | BOILERPLATE,
    [1009] = HEADING, [1013] = BOILERPLATE, [1021] = HEADING,
};

const warta_key_set warta_outlet_lines = {{
    0x00000800, 0x00820080, 0x00026000, 0x00000800, 0x22000008, 0x00000a08, 0x00000800, 0x00018008,
    0x00800000, 0x21080040, 0x08001000, 0x800c0000, 0x40000004, 0x80000000, 0x00000020, 0x00000000,
    0x00000000, 0x10000104, 0x00000000, 0x12444201, 0x00104020, 0x00000000, 0x00020011, 0x08000000,
    0x00118400, 0x01000000, 0x42010000, 0x00000240, 0x04000000, 0x00040020, 0x00010002, 0x40080800,
}};

const warta_key_set warta_outlet_words = {{
    0x00000000, 0x00000000, 0x20000200, 0x00800020, 0x00000000, 0x00000000, 0x00000000, 0x10000000,
    0x00000000, 0x88010000, 0x00000000, 0x80000000, 0x000c4000, 0x00000000, 0x00000020, 0x00000010,
    0x00000000, 0x00000040, 0x00100000, 0x00004000, 0x00100800, 0x00000000, 0x00000000, 0x00800000,
    0x01000000, 0x00040080, 0x00080000, 0x00200240, 0x00000000, 0x00400000, 0x00000000, 0x20040000,
}};

const warta_key_set warta_date_words = {{
    0x00000000, 0x44000000, 0x00000000, 0x00000000, 0x40000010, 0x00000100, 0x00022200, 0x80010000,
    0x10008000, 0x00040000, 0x00000000, 0x00001000, 0x00000000, 0x00000014, 0x00000000, 0x00000000,
    0x00000800, 0x00000000, 0x00004000, 0x00000004, 0x80000000, 0x00800000, 0x40200010, 0x00000000,
    0x00000001, 0x00000000, 0x00000100, 0x00000002, 0x20000800, 0x21000000, 0x84000000, 0x00000000,
}};

const warta_key_set warta_paragraph_words = {{
    0x00004000, 0x00000000, 0x00000008, 0x80000000, 0x00000000, 0x00000000, 0x00002000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00004000, 0x00000000, 0x00000000,
    0x00000000, 0x00000400, 0x20000000, 0x00000000, 0x00100000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00200000, 0x00000000, 0x00000000, 0x00000000,
}};

/* Bits: 1 ber, 2 me[lmn], 4 di[klw], 8 dar, 16 sep. */
const uint8_t warta_paragraph_nibbles[WARTA_PARAGRAPH_PREFIX_BYTES][2][16] = {
    /* b, m, d, s */
    {{[2] = 1, [3] = 16, [4] = 4 | 8, [0xD] = 2}, {[6] = 1 | 2 | 4 | 8, [7] = 16}},
    /* e, i, a */
    {{[1] = 8, [5] = 1 | 2 | 16, [9] = 4}, {[6] = 1 | 2 | 4 | 8 | 16}},
    /* r, l m n, k l w, r, p */
    {{[0] = 16, [2] = 1 | 8, [7] = 4, [0xB] = 4, [0xC] = 2 | 4, [0xD] = 2, [0xE] = 2},
     {[6] = 2 | 4, [7] = 1 | 4 | 8 | 16}},
};

const warta_key_set warta_clause_words = {{
    0x00022000, 0x00000020, 0x02010020, 0x00000000, 0x10020000, 0x00000000, 0x00000000, 0x00008000,
    0x000000a0, 0x48000000, 0x000a0010, 0x00000000, 0x20010410, 0x00000000, 0x00010000, 0x00000800,
    0x00000000, 0x00800203, 0x00000000, 0x00203000, 0x04000000, 0x01000000, 0x00000000, 0x00000040,
    0x00000400, 0x00000000, 0x00400000, 0x00000000, 0x00000000, 0x00088020, 0x02000020, 0x88020000,
}};

const warta_key_set warta_cue_words = {{
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000402, 0x00000000, 0x00000000, 0x10000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00080000, 0x00000000, 0x00000000, 0x00000000,
    0x40000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00080200, 0x00000080,
}};

const warta_key_set warta_verb_words = {{
    0x80000804, 0x02800010, 0x00004600, 0x00010000, 0x82400020, 0x00100000, 0x00040240, 0x00000824,
    0x40240081, 0x00000000, 0x00080000, 0x00400000, 0x00000040, 0x00000002, 0x00040004, 0x10012000,
    0x40000000, 0x12000000, 0x00000100, 0x00000400, 0x00082020, 0x0084c000, 0x82008000, 0x6c000000,
    0x08400008, 0x00000000, 0x04008200, 0x00000004, 0x08004000, 0x80000840, 0x04080000, 0x20800800,
}};

static const warta_phrase related_headings[] = {
    P("Artikel Terkait"), P("Artikel Lainnya"), P("Berita Terkait"), P("Berita Lainnya"),
    P("Berita Rekomendasi"), P("Baca Juga"), P("Berita Pilihan"), P("Foto Terkait"),
    P("Jangan Lewatkan"), P("Pilihan Redaksi"), P("Rekomendasi"), P("Related News"),
    P("Related Articles"), P("Topik Terkait"), P("Video Terkait"),
};
const warta_phrase_list warta_related_headings = LIST(related_headings, 0, 2, 7, 7, 7, 7, 8, 8, 8,
        8, 9, 9, 9, 9, 9, 9, 10, 10, 13, 13, 14, 14, 15, 15, 15, 15, 15, 15);

static const warta_phrase headings[] = {
    P("Artikel Terkait"), P("Artikel Lainnya"), P("Berita Terkait"), P("Berita Lainnya"),
    P("Berita Rekomendasi"), P("Baca Juga"), P("Berita Pilihan"), P("Berita Terbaru"),
    P("Berita Populer"), P("Baca Selengkapnya"), P("Bagikan"),
    P("Foto Terkait"), P("Foto Pilihan"), P("Headline"), P("Jangan Lewatkan"),
    P("Komentar Pembaca"), P("Komentar"), P("Lihat Semua"), P("Load More"), P("Lihat Juga"),
    P("Most Popular"), P("More Photos"), P("Newsticker"), P("Pilihan Redaksi"), P("Populer"),
    P("Popular News"), P("Popular Videos"), P("Popular Photos"), P("Popular"), P("Rekomendasi"),
    P("Related News"), P("Related Articles"), P("Selengkapnya"), P("Simak Juga"), P("Share"),
    P("Topik Terkait"), P("Terpopuler"), P("Terkomentari"), P("Terkini"), P("Terbaru"),
    P("Topik Pilihan"), P("Trending Tags"), P("Trending Tag"), P("Trending"), P("Tags"),
    P("Tag"), P("Video Terkait"), P("Video Pilihan"),
};
const warta_phrase_list warta_headings = LIST(headings, 0, 2, 11, 11, 11, 11, 13, 13, 14, 14, 15,
        17, 20, 22, 23, 23, 29, 29, 32, 35, 46, 46, 48, 48, 48, 48, 48, 48);

static const warta_phrase boilerplate[] = {
    P("All Rights Reserved"), P("Baca berita lainnya"), P("Bagikan artikel"),
    P("Back to Top"), P("Cek berita dan artikel"), P("Copyright"), P("COPYRIGHT"),
    P("Copy Link"), P("copy link"), P("Dapatkan update berita"), P("Download aplikasi"),
    P("Follow us"), P("Hak cipta"), P("Ikuti berita"), P("Ikuti kami"),
    P("Jangan sampai ketinggalan"), P("Kumpulan Berita Terkait"), P("Login"), P("Lihat Foto"),
    P("Lihat Arsip"), P("Register"), P("Rate artikel"),
    P("Silakan baca konten menarik lainnya"), P("Silahkan baca konten menarik lainnya"),
    P("Simak breaking news"), P("Share on"), P("Sign in"), P("Simak Lifestyle"),
    P("Simak Berita"), P("Tweets by"), P("Unduh aplikasi"), P("(c) "),
    P("\xC2\xA9"), P("\xC2\xBB Selanjutnya"),
};
const warta_phrase_list warta_boilerplate = LIST(boilerplate, 0, 1, 4, 9, 11, 11, 12, 12, 13, 15,
        16, 17, 20, 20, 20, 20, 20, 20, 22, 29, 30, 31, 31, 31, 31, 31, 31, 34);

static const warta_phrase read_also[] = {
    P("Artikel Terkait"), P("BACA ARTIKEL LAINNYA"), P("Baca Juga"), P("Baca Selengkapnya"),
    P("Berita Terkait"), P("Baca"), P("Lihat Juga"), P("Simak Juga"),
};
const warta_phrase_list warta_read_also = LIST(read_also, 0, 1, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7,
        7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8);

static const warta_phrase more_links[] = {
    P("Baca Selengkapnya"), P("Read More"), P("Selengkapnya"), P("\xC2\xBB Selanjutnya"),
};
const warta_phrase_list warta_more_links = LIST(more_links, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4);

#define AFTER(form, root) { P(form), root, WARTA_VERB_AFTER }
#define CLAUSE(form, root) { P(form), root, WARTA_VERB_CLAUSE }

const warta_verb warta_verbs[] = {
    AFTER("aku", "aku"),
    AFTER("beber", "beber"), CLAUSE("berkata", "kata"), CLAUSE("berujar", "ujar"),
    CLAUSE("bertutur", "tutur"),
    AFTER("cetus", "cetus"),
    AFTER("demikian", "demikian"),
    AFTER("imbuh", "imbuh"),
    AFTER("jelas", "jelas"),
    AFTER("kata", "kata"), AFTER("kilah", "kilah"),
    AFTER("lanjut", "lanjut"),
    CLAUSE("mengatakan", "kata"), CLAUSE("menjelaskan", "jelas"), CLAUSE("menuturkan", "tutur"),
    CLAUSE("mengungkapkan", "ungkap"), CLAUSE("memaparkan", "papar"),
    CLAUSE("menerangkan", "terang"), CLAUSE("menyebutkan", "sebut"), CLAUSE("menyebut", "sebut"),
    CLAUSE("menegaskan", "tegas"), CLAUSE("menambahkan", "tambah"), CLAUSE("melanjutkan", "lanjut"),
    CLAUSE("membeberkan", "beber"), CLAUSE("menandaskan", "tandas"), CLAUSE("mengakui", "aku"),
    CLAUSE("mengaku", "aku"), CLAUSE("menyatakan", "nyata"), CLAUSE("mengimbuhkan", "imbuh"),
    CLAUSE("mengungkap", "ungkap"), CLAUSE("memungkasi", "pungkas"),
    AFTER("papar", "papar"), AFTER("pungkas", "pungkas"),
    AFTER("sebut", "sebut"), AFTER("singkat", "singkat"), AFTER("sambung", "sambung"),
    AFTER("seru", "seru"), AFTER("said", "said"),
    AFTER("tutur", "tutur"), AFTER("tandas", "tandas"), AFTER("terang", "terang"),
    AFTER("tegas", "tegas"), AFTER("tambah", "tambah"), AFTER("tutup", "tutup"),
    AFTER("tukas", "tukas"), AFTER("timpal", "timpal"),
    AFTER("ujar", "ujar"), AFTER("ungkap", "ungkap"), AFTER("ucap", "ucap"), AFTER("urai", "urai"),
};
const size_t warta_verb_count = COUNT(warta_verbs);
const uint8_t warta_verb_at[WARTA_GROUPS + 1] = {
    0, 1, 5, 6, 7, 7, 7, 7, 7, 8, 9, 11, 12, 31, 31, 31, 33, 33, 33, 38, 46, 50, 50, 50, 50, 50,
    50, 50,
};
const uint32_t warta_verb_firsts[] = {
    [WARTA_VERB_AFTER] = L('a') | L('b') | L('c') | L('d') | L('i') | L('j') | L('k') | L('l') |
        L('p') | L('s') | L('t') | L('u'),
    [WARTA_VERB_CLAUSE] = L('b') | L('m'),
};

static const warta_phrase speaker_stops[] = {
    P("belum"), P("di"), P("dalam"), P("ketika"), P("kepada"), P("kemarin"), P("lewat"),
    P("lagi"), P("melalui"), P("menanggapi"), P("pada"), P("saat"), P("seusai"), P("seperti"),
    P("sebelum"), P("sesudah"), P("setelah"), P("sambil"), P("soal"), P("terkait"), P("usai"),
    P("via"),
};
const warta_phrase_list warta_speaker_stops = LIST(speaker_stops, 0, 0, 1, 1, 3, 3, 3, 3, 3, 3, 3,
        6, 8, 10, 10, 10, 11, 11, 11, 19, 20, 21, 22, 22, 22, 22, 22, 22);

static const warta_phrase pronouns[] = {
    P("aku"), P("beliau"), P("dia"), P("ia"), P("kami"), P("mereka"), P("saya"),
};
const warta_phrase_list warta_pronouns = LIST(pronouns, 0, 1, 2, 2, 3, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6,
        6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7);

static const warta_phrase source_cues[] = {
    P("dikutip dari"), P("dilansir dari"), P("dikutip"), P("dilansir"), P("diwartakan"),
    P("dari laman"), P("menurut laporan"), P("melansir"), P("mengutip"),
    P("seperti diberitakan"),
};
const warta_phrase_list warta_source_cues = LIST(source_cues, 0, 0, 0, 0, 6, 6, 6, 6, 6, 6, 6, 6, 6,
        9, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 10, 10, 10, 10);

static const warta_phrase source_fillers[] = {
    P("akun"), P("berita"), P("dari"), P("harian"), P("kantor"), P("kabar"), P("laman"),
    P("media"), P("portal"), P("resmi"), P("situs"), P("surat"), P("stasiun"), P("televisi"),
};
const warta_phrase_list warta_source_fillers = LIST(source_fillers, 0, 1, 2, 2, 3, 3, 3, 3, 4, 4, 4,
        6, 7, 8, 8, 8, 9, 9, 10, 13, 14, 14, 14, 14, 14, 14, 14, 14);

static const warta_phrase photo_credits[] = {
    P("ANTARA FOTO"), P("ANTARA"), P("AFP PHOTO"), P("AFP"), P("AP Photo"), P("AP"), P("Dok."),
    P("Dok"), P("Dokumentasi"), P("EPA"), P("Foto:"), P("Foto :"), P("Getty Images"),
    P("Getty"), P("Istimewa"), P("iStock"), P("Instagram"), P("Photo:"), P("REUTERS"),
    P("Supplied"), P("Shutterstock"), P("Twitter"), P("Xinhua"),
};
const warta_phrase_list warta_photo_credits = LIST(photo_credits, 0, 6, 6, 6, 9, 10, 12, 14, 14, 17,
        17, 17, 17, 17, 17, 17, 18, 18, 19, 21, 22, 22, 22, 22, 23, 23, 23, 23);

static const warta_phrase caption_marks[] = {
    P("Caption:"), P("Foto:"), P("Keterangan foto:"), P("Photo:"),
};
const warta_phrase_list warta_caption_marks = LIST(caption_marks, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2,
        3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4);

static const warta_phrase updated_labels[] = {
    P("Diperbarui"), P("Diperbaharui"), P("Pembaruan"), P("Updated"), P("Update"),
};
const warta_phrase_list warta_updated_labels = LIST(updated_labels, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5);

static const warta_phrase name_separators[] = {
    P(" dan "), P(" and "), P(" & "), P(", "),
};
const warta_phrase_list warta_name_separators = LIST(name_separators, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4);

#define MONTH(name, month, abbrev) { P(name), month, abbrev }

static const warta_month months[] = {
    MONTH("April", 4, 0),     MONTH("Agustus", 8, 0),  MONTH("August", 8, 0),
    MONTH("Agus", 8, 1),      MONTH("Agu", 8, 1),      MONTH("Agt", 8, 1),
    MONTH("Ags", 8, 1),       MONTH("Apr", 4, 1),      MONTH("Aug", 8, 1),
    MONTH("Desember", 12, 0), MONTH("December", 12, 0), MONTH("Des", 12, 1),
    MONTH("Dec", 12, 1),
    MONTH("Februari", 2, 0),  MONTH("February", 2, 0), MONTH("Feb", 2, 1),
    MONTH("Januari", 1, 0),   MONTH("January", 1, 0),  MONTH("Juni", 6, 0),
    MONTH("June", 6, 0),      MONTH("Juli", 7, 0),     MONTH("July", 7, 0),
    MONTH("Jan", 1, 1),       MONTH("Jun", 6, 1),      MONTH("Jul", 7, 1),
    MONTH("Maret", 3, 0),     MONTH("March", 3, 0),    MONTH("Mei", 5, 0),
    MONTH("May", 5, 0),       MONTH("Mar", 3, 1),
    MONTH("November", 11, 0), MONTH("Nopember", 11, 0), MONTH("Nov", 11, 1),
    MONTH("Nop", 11, 1),
    MONTH("Oktober", 10, 0),  MONTH("October", 10, 0), MONTH("Okt", 10, 1),
    MONTH("Oct", 10, 1),
    MONTH("Pebruari", 2, 0),  MONTH("Peb", 2, 1),
    MONTH("September", 9, 0), MONTH("Sept", 9, 1),     MONTH("Sep", 9, 1),
};
const warta_month_list warta_months = {months, COUNT(months), {
    0, 9, 9, 9, 13, 13, 16, 16, 16, 16, 25, 25, 25, 30, 34, 38, 40, 40, 40, 43, 43, 43, 43, 43, 43,
    43, 43, 43,
}};

static const warta_phrase weekdays[] = {
    P("Ahad"), P("Friday"), P("Fri"), P("Jumat"), P("Jum'at"), P("Jum\xE2\x80\x99" "at"),
    P("Kamis"), P("Minggu"), P("Monday"), P("Mon"), P("Rabu"), P("Senin"), P("Selasa"),
    P("Sabtu"), P("Saturday"), P("Sunday"), P("Sat"), P("Sun"), P("Tuesday"), P("Thursday"),
    P("Tue"), P("Thu"), P("Wednesday"), P("Wed"),
};
const warta_phrase_list warta_weekdays = LIST(weekdays, 0, 1, 1, 1, 1, 1, 3, 3, 3, 3, 6, 7, 7, 10,
        10, 10, 10, 10, 11, 18, 22, 22, 22, 24, 24, 24, 24, 24);

int warta_match_phrase(const warta_phrase_list *list, const char *s, size_t len, size_t i)
{
    /* Every phrase has two bytes at least (checked by test_modules). */
    if (i + 1 >= len)
        return -1;
    unsigned g = warta_group((unsigned char)s[i]);
    unsigned char second = (unsigned char)s[i + 1];
    /* Only the group of s[i]'s first byte, in order; "other" holds several bytes, so
     * every phrase is compared from its first. */
    for (size_t k = list->at[g]; k < list->at[g + 1]; k++) {
        const warta_phrase *p = &list->items[k];
        size_t n = p->len;
        /* Second or last bytes that differ in more than the case bit rule a phrase out at
         * once (phrases of a group share their first words: "Berita Terkait", "Berita Lainnya"). */
        if (((second ^ (unsigned char)p->text[1]) & ~0x20u) != 0 || len - i < n ||
            (((unsigned char)s[i + n - 1] ^ (unsigned char)p->text[n - 1]) & ~0x20u) != 0 ||
            !warta_equal_ci(s + i, p->text, n))
            continue;
        /* A phrase ending in a letter must end a word there too. */
        unsigned char last = (unsigned char)p->text[n - 1];
        if ((warta_is_alpha(last) || warta_is_digit(last)) && i + n < len &&
            warta_is_word_byte((unsigned char)s[i + n]))
            continue;
        return (int)k;
    }
    return -1;
}
