# Hyphenation patterns 'nl', compiled by PatternCompiler from hyph-nl.tex of the hyph-utf8 package (TeX Live 2022).
# Changed by the lessonpress project in 2026 in form only, from TeX to these plain lists so that
# they load fast; exceptions and patterns are those of the TeX file, unchanged.
# The header of that file, which states its origin and licence, follows unchanged.
# title: Hyphenation patterns for Dutch
# copyright: Copyright (C) 1996 Piet Tutelaers
# notice: This file is part of the hyph-utf8 package.
#     See http://www.hyphenation.org/tex for more information.
# language:
#     name: Dutch
#     tag: nl
# version: 1.1 (November 1996)
# licence:
#     name: LPPL
#     version: 1
#     or_later: true
#     url: https://latex-project.org/lppl/
# authors:
#     -
#         name: Piet Tutelaers
#         contact: P.T.H.Tutelaers (at) tue.nl
# hyphenmins:
#     typesetting:
#         left: 2
#         right: 2
# changes:
#     - Version 1.1 November 1996
#     - Copyright changed March 2000
# texlive:
#     encoding: ec
#     babelname: dutch
#     legacy_patterns: nehyph96.tex
#     message: Dutch hyphenation patterns
#     description: |-
#         Hyphenation patterns for Dutch in T1/EC and UTF-8 encodings.
#         These patterns don't handle cases like 'menuutje' > 'menu-tje',
#         and don't hyphenate words that have different hyphenations according
#         to their meaning.
# known_bugs:
#     xi-ii: 'when we’d expect xiii for a roman number (see GitHub issue #29)'
# ==========================================
# PURPOSE: 8-bit hyphenation patterns for TeX based upon the new Dutch
#          spelling, officially since 1 August 1996. These patterns follow
#          the new hyphenation rules in the ‘Woordenlijst Nederlandse
#          Taal, SDU Uitgevers, Den Haag 1995’ (the so called ‘Groene
#          Boekje’) described in section 5.2 (Het afbreekteken).
#
#          The main differences with our earlier patterns based upon the
#          CELEX dictionary are:
#           (1) provide 8-bit patterns based upon the T1 character encoding
#               (the encoding for DC/EC compatible TeX fonts)
#           (2) don’t hyphenate if this results in a syllable of one letter
#               before or after the hyphen (hence hyphens in a-drenaline,
#               studi-o, mensa-pen and vide-oachtig are invalid)
#           (3) handle words derived from other languages (‘bastaard
#               woorden’) according to the new rules
#
#          Like the CELEX patterns these patterns don’t hyphenate:
#           (4) in a changing syllable (menuutje can not be hyphenated as
#               menu-tje)
#           (5) in words that have different hyphenations according to
#               there meaning (buur-tje/buurt-je)
#
@exceptions
aan-dachts-trek-ker aan-dachts-trek-kers acht-en-der acht-en-ders acht-en-der-tig
acht-en-der-tig-ste be-heers-ta-ken be-scherm-en-gel be-scherm-en-ge-len be-stuurs-la-gen
be-stuurs-ta-ken bij-stands-trek-ker bij-stands-trek-kers bui-ten-an-ten-ne bui-ten-an-ten-nes
don-der-aal han-dels-taal her-e-nen ket-ting-ste-ken lands-taal meest-al mi-nis-ters-por-te-feuil-le
mi-nis-ters-por-te-feuil-les ont-hoof-din-gen pa-ling-ste-ken rechts-taal schil-ders-ta-lent
sou-ve-niertje sou-ve-niertjes spie-gel-ei ver-en-gels-te ver-hol-lands-te ver-in-lands-te
ver-kinds-te ver-ne-der-lands-te ver-rechts-te ver-steeds-te wals-te wa-ter-staats-in-ge-ni-eur
wa-ter-staats-in-ge-ni-eurs
@patterns
.a4 .aan5 .aarts5 .aat5 .ab5l .acht5end .ac5re .adi5 .af3 .af5l .af5s .aftu5re .al3ee .al3f .alk4
.al5ko .alko5v .al5ma .al3om .al4st .ana3s .an3d2 .an3en .an3gl .an5th .ar5d .ar5tr .as5h .as5l
.as3t .as5tra .as3u .at4a .ave5n .b4 .be3la .be5ra .be5ri .bos1 .c4 .coo5 .co3ro .cus5 .d4 .daar5
.da4gi .dag5r .da2k .dan2 .debe4 .de2k .dek5l .dek5s .den4k5r .de5od .de3ro .de5sta .di4a .die4p
.di3o .doet3 .do3v .du4w .e4 .ede2 .edel5a .ed3w .ee4n .eer5ste .eest3 .eesto4 .eet3 .ei3l .ei5sc
.ei3sp .ei5t .el4s5 .en5s .en5th .ep4a .ere5s .er2f .erf3l .er3in .ert4 .erts3 .es3 .es5c .es5pe
.es5tr .eten4 .et4h .ets5te. .eu3 .eus5 .é2 .f4 .fel4s .g4 .gaat5 .gang5s .gea5v .ge3l4a .ge5le
.gelo5v .ge3n4a .gena5z .ge5ne .ge5no .ge3ra .ge5r4e .ge5r4o .gerst5a .ge3s .ge5sk .ge5ta .ge5tj
.ge5to .gid4 .go4m .goot3 .h2 .handels5 .her5in .hits5t .ho4lo .houd5s .i4 .ide5o .ij4s .ijs5l
.ijs3p .ijs3t .ik3 .in1 .in5d4 .in3g4 .in5gr .ink2 .in5kr .in5kw .in3s4 .in5sl .in5st .in5ta .is5c
.j4 .jor5 .k4 .ka3d .ka5g .ka4taa .kerk5l .kerk5r .kerk5u .ker5sten .ke4s .koot5 .ko5pe .kop5l .ko3v
.kun2 .l4 .laat5ste .le4b5 .leg3o .le4g3r .leid5st .len4s3 .le5r4 .le4s3 .le5th .lin5d .lof5 .loot3
.lo4s1 .lu3e .lui5t4j .lu4s .m4 .ma5d .ma5ï .meel5d .me5la .me5ni .merk5l .me2s .me4st .met5ee
.mij4n5i .moot3 .mor5sten .mo4s .n4 .naat5 .na3d .na3n .na3s4 .nee5s .ne2p .nep3a .ne4s .ne5te
.ne4t3j .neu4t5j .nie4t5j .noot5 .nos5t .no5v .o4 .oe4r5 .oe4s5 .oeve4 .ol3f .om1 .omme3 .on3a .on3d
.onde4r .on1e .on5g .on3i .on5k .on1o .ono5v .on2t3 .on4tee .on4ter .ont5s .ooi5tj .oot5jes .op5ee
.opi5 .op5l .op3r .op5s .org4 .os5 .ove4 .p4 .pee5tj .peri5 .pers5te. .piet5j .pits5te. .poort5j
.po4st .puit4 .pui5tj .pu2t .r4 .raads5le .ran4d .rand5a .re4men .ren4o .reno5v .re5o .rie4t3
.rij5sp .ring5s4 .roe5tj .ro4l .ro4st .ro4t3h .ro5v .s4 .sap3 .sa5v .sci3 .see3 .seks5te .se5re
.set3 .se5v .side3 .ski3s4 .sneu3 .sno2 .so2k3 .song5 .spoor5tj .st4 .ste4m .t4 .taart5j .tan4da
.te4a .te4f .tek2 .te3le .ten5ac .te3no .ten4t5j .te3ra .ter4p5a .ter5s .te4s .ti2n .tin3a .tin3e
.toe5pr .to4lo .to4p .to5v .tri3s4 .ts4 .tsa3 .tuit5j .ty2r .u4 .ui2 .ui5s .uit1 .uit4je .uke5 .ur4a
.vaat5j .ven4t5j .ve4r3 .ves5p .vet3j .vie4r .vol5s .w4 .wals5te. .wee4ko .wee4t3 .we4l3 .wen4s5t
.west5r .win4s .xe3 .y2 .z4 .zes5 .zit5 .zooi5 4a. a4a4 4aad aad1a aad1o aad1r aad5sap aaf5a 4aag
aag1a aag3e aag3o aag5r aags4 aag3sa aag5so aag3sp aai3l aak1a aak3e2 aak1o aak5r aak3sp aal5a2
aal1e aal5f4o aalfo5l aal1i aal5k aal5m aal1o2 aal3sl aal5so aal5spe aal5ste aal1u aam1a aam3o
aam4sta aam4ste aan1a 5aandee aand4r aan1e2 aan5g aan5i 3aanj aan5k4 3aann aan3o aan3sp aans4po
aant4 3aanta 3aanv aap1a aap3i aap3o2 aap3r aar3a aar4d5as aar3e4 aar1i 4aarn aar1o2 aar5spel
aar4t5on aarts5l aar3u aas3e aas3i 4aast aas5tr aat3a aat5e aat3h aat3i aat1o aat5r abak4s5 aba4l
abat4s ab5eun ab3ijz a2bon aboot4j abot4j 2abr ab3ru 4ac. a3cal a3car 4ace ace3st 4ach. a3cha 2a1che
4a1chi ach3l a1cho a3chr 4achs ach5tec a1chu achuut5 4ack ac3kl 2acl 2a3co 2acr ac5res 4acta 4acu
4ad. a5da. ad3ac ada2d ada4l ada2r3 adas5 2add a5de. ad3ei ade5re a5des a3det a5deta ad3e4te 2adh
4ad4i adi3al adi4oc adi4od 4adk 2adl 4ado. a3doo 2adp ad3rei a3d4ri ad3rol 2ads ad5se ad3so ad1s4t
ad5sta ad3ui ad3w 2ady 4ae aege4 ae5k4 a3e2p ae3r ae2s3 ae4s5t a3eu a2ë a4ër 4afa af3aa a2f3ac af4as
af4at afd4i afd2r af5d4w 4afe afee4 4afi af3l 4afo a5fo. a2foe afon4d af3op af5org af1r af3s4 afs2c
af5se 3afsl 3afsp aft4a af5tr af3ui 2afy 4ag. ag1a2d ag3af ag3a2m ag3ar ag3di a5ge. agee5t 4a5gen.
ager4s ag3ex a4gil ag3ind a4g3ins agi5ot 4ag1l ag3of a4g3or ag4o3v a2gr ag4ra ag5rap ag3ru ag3sl
ag4sle ag5slu ags2p ag3spe ag3spi ag1st ag3sta ag5str 2agt agu5a a2g3ui ag3u4r a2g3uu 2ah 4a1ha
4a5he ahe5ri a1hi ah3l a3ho ah5r ah5t2 a3hu a3hy ai5a2 ai4dr ai1e a1ij ai5k ail3m ai2lo a2in aio4
ai3ov ai3s4 ai5sc ai4s5l ai5sn ai1so ai1st ai5tj ai3tr aiu4 aïn4 aïns5 aïs3o4 2a1j ajaars5 aka2
ak3af ak3ag a4k3ar a4k3ed ak3emi ake2t ak3id ak3ink ak5is 1akko 4a2k3l a2k3n ak5ne ak4ni a3kof ak3on
ak3o2p a2kr ak5ru 2aks ak4so ak5spe ak1st ak5to ak5t4w a2k3u4 ak1w ak3wi a1la a4l3ach al3adr a3l4ag
a3lal a5lapr al3art 4ald a1le a5le. al3eff 2aleg a2l3el ale5ro ale5ste ale4tj a3lè al4fen alf3l
al5fon alfu4 al2gl a3lie al3int alk5ei al5kle alk3s al4kui al5le al4mac al5me a1lo a4l3ol alo2n
al3ou a4l3o4v 2alp al3s4ag al3san al3scr als5j al2sl als5li als5m al4sn al4s3oo al4stem al5sten
als5tou altaar5 al3tha al4t3ro alt4st a1lu a2lui al3uit al3u4r alu2s5 4am. a4m3ac am3adr ama4f 4amag
am3art 5ambt ament4j ame4ran ame5tj a2meu am4i 4amm am3oli a2m3o4v 3ampè am2pl am4ple am4sm am4s3o
am4spr ams5te. a2m3ui a3nad an3alg an4a3n an3arc 2anc 4anda anda4d and5ank an4d3e4d an4dex 2andj
an4dom an5d4ri and5roo ands5lo an4d3ul a4nem a3nen anen3i 4aner an3est ane3us 4ang. an4gan anga5p
ange5st ang5le an2gr ang5sna angs4te aniet3 anij4 3anima an5ion a4n5isl ani5t 4aniv 4ank. an4kaa
anka4n an4k3as an2k3j an4klu ank3of an2k3r a1no an3och a4n3oor an3ork ano3s ano3t4 a4n3ou ano5v 4ans
an3san ans3cr an4seg an4serv an4sid an2so4 ans5or ans3pi ans5pir an1st an4s5te. an5stru an4tac
ante4n an3th 2anti ant5sl ant3w 4a1nu a5nuf an3ui an3ur an3uu anze5s 2a1o ao4g ao2l a4om a2op2 aor5t
a3os aos3p aos5t 4ap. a1pa a4pak a4pas ap3as. ap3ass a1pe ap5eten 4a1pi apij4t5j ap3ijz ap1j 2apl
ap3le ap3li ap3lo a1plu apon5 ap3oo apo3p apo5sta ap3o4v 1appa 4appen 4apr ap3ra a3pre a4prem
a5p4ris ap3ru ap2sa ap4si ap2s3l ap3sn ap4ste. 2apt ap3tj 2apu a2q 4ar. a1ra araat5j a4r3app ara3s4
ar2da ard3ac ard3ak ardo4 ar4d3om ar4d3op ar4d3ov ar2d1r ar4dra ard3re ar4du ard3w a1re 5a2rea a3reg
a3rem ar4en are4no are3sp a3rev ar3gh ar2gl a1ri arie4tj arij3s ar3ins ark2 ark3ac ar3k4l ar4map
arm3u a1ro a2r3ob ar3oge a3rok aro4ko ar3oog a2r1o2p a3rot arpi4 ar2s ar5sch ar3scr ars2e ar5see
ar3si ars3l ar4sla ars5m ar3sni ar4so ar4sp ar5spo ars3ta ars5tal ar4s5tek ar4str ar4su art4aa
ar4t3ak ar4tan art5ank ar4tap ar3tar 4arte ar4tei ar2th ar5tij 4ar4tj art5jesv 4arto ar5tof art5o4ge
art5oog ar4t3o4v ar2t3r ar4tro art5ru art4sl art5ste a3ru ar3ui 4arw arwe3s a1ry 4asa as3ad as4ag
as3ak as1ap a2sc as5ce 2ase a4sec a4s3eg aser5a ase5tj aseve4 as5ha asis1 a4sj as5ja as3ji as3k
as5ka as5ki as3l as4lu as3m as5mi as3n as4ne as4ni 4aso as3ob aso2l aso4r as1p as3pl a4s5q as5sa
4assm 3assu a2st 4as3ta a4sta. as5tag as4tas as4tat as3te a3stek a3stem as5ten as3tè asting5sp as1to
as3tob ast3op 4astr ast5rem as5tro. as4tu a1t ataart5j at1ac at3ade at3af. at3ank ata3s 2atek a5tell
ate2n ate3no aten4t5r ater5ad ater5sl at4eu 2atg at3hu ati5ni a2t3j at4je atjes5 at5jesb at5jesh
at5jesm at5jesp 2atm 2atn a2too at3oog atos5f ato3st at3rac at3rei at3rib at4roe at5ru at4s3a2
at4s3ec atsi4 at4s3id at2s3l at4slo ats5m ats3n at4sne ats3pr at2st at4staa at4s5tak at4ste. at5sten
at5stij ats5tol ats5top. ats5trek at4t3u4 a2t3ui at3w aua4 au3ch au3co au5de aud4j 1aug au3na aun3t
aup2 aur4 au5re aure3u 4aus au3so au4s5p au3sto au3t4 4aut. 1auto auto3p 2auts3 auw3a 4auz a4ü
avast4 ave3c avee4 ave4n3i aven5sp aver3a ave3re ave3r4u 4avi a2vo 1a4von a5voo a5vor 4avy 2a1w
axis4 ay2a 4azif ä3h ämme3 ä3r 1b 4b. 3ba baar5ste baar5tj ba4da bad3ar ba4d3r bad3s ba3g4h ba3gl
5b2ak ba4k3o4 bak4sp ba3lan ba4lar bal3dw bale4 bal3ev ba3lië bal4kl ba3lo bals4 bal3sf ba4me ba5n2a
ban4k3a ban4kl ban4k3o ban4kr bank3w ba3sa ba4st ba2tr ba3tro 4bb bbe4l5ag bbe4l5ee bbe2n bben3a
4b1c 4b1d4 b5de bdi5a 3b4e be1a be3as be2au be3ch be5dwe be5dwi be5dwo bee4 beet1 be5g beie4 bei3s
bei5tj be5ki be3k4l be1kw be3lar be5l4as bel5dr be3le be4l3ec be4lex bel5f be3li be4l5int bel3k
bel4o be3lo5v bel3sc bel3sp belt4 bemen4s be3nep be5n4o be5ot be1ra bere5s4 ber4g5af ber4g5et ber4gl
ber4gr ber4i be1r4o bero5v be3ru be3ry be1s4 bes5ac be4sh be4sje be3so be5sp bes5s bes5te. bes5ten.
be5stie bet2 be3t4h be5ton bet5ren be3tw be5twi be3und beur4s 4b3f 2b1g 4b3h 3b2i bid3s bi2du bie4li
bi4en bie4t3j bij5d bij3f bij3g4 bij5k4 bij1p bij1s2 bik4a 5bil bi3lo bil3s2 bin4dr bin4st bin4t3j
bi5ob bi3ok bi5om bi3oso bi5ow bir3 bi4st bis5troo bi1tr bit4se bit4s3p 4b1j 4b1k 3b4l blad5ij
2b5lap b5led bles3 ble5spe ble2t3 b5lid blijs4 blij5ste bli2k 4b5loi blok5l bloot5j blu2s 2b1m 4b1n
b4o bo4d3ec body3 boe4g3a boe4kn boe4ko boes4 boe3st boet5st bo3f4l bo2k bok3an bokje5 bok4st bolk4
bo2m3a4 bo2m3o bo5na bond2 bond4s5 3bone bo3no bon4t3j bon4t5o4 boot3j boots5te. bo3p2 bor4sta
borst5o bor4st5r bo4s bos3a bo5sco bo5si bo5so bos5p bos5to bot3j bo4to bot3r bot4sp bot4st bo2tu
bou5ta bouw5s bo3v bove4 4b1p 3br4 braad5s bran4da bra5str brei5s4 brie4t brie5tje. bri4l bro2n
bron3o4 bru2l 4b1s4 b2s5a b5sc b3si bsi3d bs5je b2s5la b2s5m bs5s b4stij 4bt4 b3ta b1tr bts5 3b4u
buit4j bul4k bu4lu bune5t b5urb bu5ri bus5c bus3o but4a but3j bu2to but4s buts5te buur4tj 4bv 2b3w
by3 4bz 4c. 1ca 3ca. ca3b ca1ch 5cada ca3do ca3dr cae3 ca3g2 cal4l3 ca3lo came5r ca3na cant4 ca2of
ca1pr ca4pra ca5pri ca3ra car4u ca5se ca3s2p cas3t cas5tr ca3ta cate4n ca3t4h cau3 cau4st ca3v 2cb
4c1c cca3 cces5 c4d c5do 1ce 3ced cee4 3ceel 3cel cel3d celes5 ce5li cel5k ce4l3o 2ce3n4a 2cene
ce3no 5cent cen4t3j ceo4 ce3ra cer2n ce5ro cer4t3r ce2s ce3s2a ce5sc ce3s2h ce3sta ce3s4ti cesu5r
ce3ta ce4t3j ceto4 cet3og cet3oo 1cé c3g 4ch. 3chaï 5chao 3chas 1chau 5chauf 2chc 1chef 5chef.
5chefs 5chemi 5cheq che5ri che3ru 5ches che3us 1ché 5chir 4chn 2chp 5chromo 4cht 4chw 1chy 3ci ci5ab
ci3am cie3k cier4s5 ci1eu 5cij 5cil ci5le cil3m 4cind ci3o ci5om 5cir ci3t2 ci5ta c3j c2k3a c4k3ed
ck3ef cke5re c5k4et ck3id c2k3l ck4le c2k3n c2k3o4 c4k3r ck5se ck3so ck5st c3ky 1c4l cla2n cle3u
5clu 2c1n 1co co3ad co3d co4i coin5 co3k4 co3la 5com 5cond con1g 2co1no 5cons 3con5t4 2coo 2co1p2
3copa 4copi cor4dr co4rel co5ri cor2o 5corr cors4 co3ru co5sc co5se co5sp co3th co3tr 5coun 2cout
co5v c3p4 1c4r2 3cras cre5d 2crip 3cris cro5f cro5k croo3 cro5v crus5 c3so c3sp c3ste 2c1t ct3act
ct3ad ct5c ctee5t cte2n3 c2t1h c2t3j c4t3of c3tol c2t1on ct4or ct3rap c4t3re ct3sl ct3sp 1c2u cu5d4
cu3en cu3és cui5s cui2t cuit5e cu3k4 cula5p cu3ra 5cur3s cus3o c3w 1cy 1ç ça4o 4d. 1da 3da. 3daag
d4aal d3aap daar5e 5daat 4dabo 2d3acc da4ce da5den 4dadr 3dae 2d1af 3dag da2g3a4 da3ge da4g3ed
da4g3e4t da4g3on da4g3r dag4s3t da2gu 3dai da3ï da3ke da4ker 2dakk da4k1r 4dala d3alar d3alc da3le
4dalf da3li 2dalm da2l3u d4am dam4a da5mac d3a4mat d2a5me4 dames3 dam4pl 2da2na dan3as dank3l
danoot5 dan4si dan4sm dan4s3p dan4st dans5ta 4d3antw 2d1ap 4d3a2pe 5dapu da2r3a d3arb 3dare 3dari
dar4mo darm5on 3daro dar3s dar5st 3das3 5dasa da3stu 3d4at da3ta dat5j 4d5atl 4d5atm da2t3r 5daue
4d1aut 3dauw 2db dbei5 dbou4w5i 2d5c 4d3d4 ddags4 ddag5sp ddel5ev dde2n dden5a ddera4 dder5al ddere4
dder5ee dder5ep dder3o ddi3a d5dles d5do ddo3p 1de 3de. de2al de1ch d4e5den 5dedir de4dit dee4g3
dee4l deel3i 4d3een dee4r 4d3eff de3g 4d5eg. 4d5egg 2d5egy 2dei d3eie d3eig d3eil d1eis d3eiw 5dek
de3ke dek3lu dek3w del4aa del5da del5dr del5eek 4d3e4lek 4delem de4lev 4d3e4lit del3k del2s del4s3e
dels3i del4so 4d3e4mai 2demh 5demi dem5ond d2en. den4ac den5ate den3ei den3e4p den3ev 4d3engt
den4k5of de4noc den3o4r den3sh den5str de3nu 5denvl de4o de5ofo de5ol deo4li deo3v de3rab de4r3ad
der3a4g de3rak de3ram de3ran de3rap de3ras de4r5as. de4r5ass der2e der5ede der5egd de4r3ei de4r3em
de5re4n de4rep de4ret de5rij de4r3im der3k4 der3on dero4r 4d3eros der4s3a der4s5om der5ste der5sto
der5stra der5th 4d3erts der5tw de2r3u de3rup de2s de3sav des3m des3n des3p de3spe de5spel de4spl
des5sm de3st des5tak de5stal de4s3te de4sti de5stic des5top de3t4 4d3e4tap de5tw deu4r3o4 de3us.
deu4tj deve4 2dex 4d1exa 4dexp 3dè 2d1f 2d3g d4gaf dge3la dge2t dgeto4 dget5on dget5ov dge4tr dg4l
2d1h d5he dheer4 3d4hi. 1di di2a di5ae di4ak di4ano dia3s4 di4atr 5dich di4do die2f die4r3o di3esr
die3st die2t diet3r di1eu 3dig di2ga dig5aa diges5 dijk3r di3jo 2d3ijz di2k3o4 5dil 2d3imp di5n2a
2d3ind 2dinf 3d4ing. 4d5ingel 4d3inj 4d3inko 2d5inr 2d3ins 4d3int dintel5 2d3inv 2d3inw 2d3inz di2o
di5ofon di4ol di4one di4oni dio1s dio5sc 2d3i2ro 2d3irr 3di4s dis5ag di5se di5si dis4kr dis5p dis1t
dis5tr di3th dit3j dit3r 5div 2d1j 2d3k2 4d3l d5le. dli4n dlot4s 2d1m 2d3n2 d5ne dni3s 1do 3do. do3a
2dobj 4d3obs 3d4oe 5doe. doe5d 4doef d5oefe 5doek 5doen 5doet 4d5oev 3doi d4ole 2do2li d4olin dolk5s
5dol5s 3d4om. 5domi do4m3o4 d3omr dom4sn 5domu d3omv 4domz 5don. d4ona 5done do5ni 5d4onn 5do3n4o
do3nu do5ny 5donz 2dop do3pa d3opb d3opd do3pee 5dopj 4d1opl 3dopo d3ops d3opz 4d5org do4rië d3ork
dors5m do3sp do3sta dot3j 5dou 2dov dover5s 3dovl 3dovo 2d3p dpren4 1dr4 3dra 5dra. d3raam d3raap
d4rac d5race 5drach d3rad. d3rada 5draf 5d4rag d4rama d3rame 4d3rand 4drap 4dras 4d3raz 2dre 4d1rec
d5reco d1red d2ree 4d3reek 4drend d4ress 4dret 3d2rev 5dreve d3ric dries4 5d2rif dri5ga d3rijd
d3rijk d3rijm d3rijs 5d4rin 3dris 4d3rit 4d3roei d3roer 5d2rog 4d3rok d3roma d3rond 3droog 4droos
5drop 2drou 2d3ro5v 2droz drug4s d3ruim d3ruit 5d4ru4k 4d3rus 2ds d2s1a2 d4saa dsa4b d3sal ds4ate
ds2ch d5schi dse2 ds3eco d4s3ed d4s5ee d4sef d4sei ds3eis ds3elf dse4li d5sen d4s3es d4set d2sh
ds3ho d2s1i2 d4s5id dsig5a ds2im ds4ing ds5is d4s3j ds4jo ds5jon ds4l d1sla ds5las ds5lic d4s5lie
ds5lim d3slin d2sm ds4mak d3smij ds5mo ds3n ds4ne ds5neu d3snu ds1o4 ds3ob ds3om d4son ds2oo ds3op
d4spa d5span ds5pati d5spec d5s4pel d4s3pet d1spi d4s3pl d5spoe d5spok d5spor ds5s dst4 d1sta
d5staat d4stab ds3tak d4s3tal ds4tan d3s4tat d5stav d3ste ds4te. d5stee d4stek ds4ter d4sterr d4stev
ds3th d3s4ti d4stit d1sto ds5tram ds5trekk ds5ty d2su4 ds3ure ds3uu d1sy 2dt d1ta dtaart5j d1th d2tj
d1to d1tr d1tu 1du 2duca 5due du3en du3et 5duid 5duif 5duik d3uil 2duit 4duit. d3uitd 5duite 4duitg
d3uitv 5duiv du4n dun5i du2o du4ol 3durf 3durv 5du1s dut3j du5wen 2dv dvaat5 dvee3 dve5na dvies5 2dw
d3wac d3was d3wat d1we 3d2wei d3wek d3wet d3wez d1wi 4d1wo d3wor d3wr 1dy 4d3yo dy4sp dy2s4t 2dz 4e.
4ea e3aa e1ab ea3bo e3ac ea4ca eac5t e1ad ea3da e5adem ea3do ead3s2 ead5sh e1af e1ag e3ai ea4k3o4
e1al ea3la e3ali e4als ea5mi e3an e4an. eang3 ean4s e5ap ea3pr e3aq e1ar ear2c e1as e2asc ea5s4e
ease5t ea3so e1at e4at. eat3s eau3s4t e1av e3bo ebots5te. e5br 3ecd e3ce e1che e1chi echt5ec echts5o
e3chu 4eck ec5le 4ecor 4ect ec3ta ec4taa 3ecz e1d ed4ag e3dam e3d4an e4d4as ede3a ed3ei. ede5le
edem4 ede5nac ede5o ed4er e4d5erns ede5rog edi3al edi3am e5die 4edir edoe5tj e3d4oo ed3opv edors5te
ed3ov e3d2r ed3rod ed3rol ed1s ed5se ed2sl ed4so ed5sp ed3su ed3uit e4d2w e5dwan e4e eea4 ee5b ee5ca
ee5che ee2d3a eed4ac eed5as ee5de ee5do eed3ru eed3si eed3w ee2f ee3fa eef3ac ee3fi eef3l eef3r
ee4gap eeg3l ee3i ee2k ee3ka ee5kaa eek3ak eek5all eek1e ee5ket ee3ki ee3kl ee4k3lo eek3n eek3re
ee3kri eek3ro eek5st eek3w ee2l eel3a ee3lad eel4as. eel5d4u ee3le eel4ee ee3li ee5lij eel5k4 ee3lob
eel3og eelo4ge ee3lu4 eel3ur eel3uu 4eem eema4 ee2n een3a eena4r een3e2 een5g ee3ni een5ie een5k
ee5o2 ee2pa eep3an ee3pl eepo4 ee4p3re eep3ru ee2r eer1a eer3aa ee4rad eera4l ee3ram ee3ran ee3re
ee4ree ee5rei ee4r3i ee5ric eer5k eer3og eer5oom ee3rot eer5ston eer5str ee2s3 ee5sch ee4s5em ees5et
ee3sj ees5lo ee3sn ee3s4p ees5pl ees5pot ees5ten ee3stu ee2t eet5aa ee3tal ee3tan ee5te eet5h ee3tj
eetna4 ee3to eet3og eeto4ge eet3oo eeto4r ee3tr ee4tro eet5rok eet3sp eet5ste ee5v ee5z eën3 e5ër
ef3ad efa4z efde5l ef3do ef3ei e5fer 4efi efie4t efiet5j ef3ins e3fis5 e1fl ef3li ef3loo e3flu ef3om
e3foo ef3op e1fr ef3rij e5fron ef3sf 4e1g egas4 eg3as. ega5sk eg3ebb e4ge4c eg3eig egel5ei. ege4l5ov
ege4net egen5of ege4ra eger5eng ege4ro eger5on e3g4i eg3ijz egip4 egiste4 e2gl e4go. eg3org e2gos
eg3oud e5graf eg3s4 eg5sle eg5so e2g3u4r egut4 e4g3uu e1h4 e5ha eheis5 ehit4 e2i ei5a 4eid ei3do
eid4sc ei1e 4eien eien5s eie5re ei3f4 ei3gl 4eign e3ij eik4l ei3kn ei5kr eiks4 4eil. eil5ant 4eild4
eil5dr 4eile ei4lev eil5m ei2l3o ei4n3ab ei3n4ac ein4do eind5oo ein4d3r ein5gr ein5k ei2no ein5sl
ei3o ei2sa ei5sha ei3s4la ei3slo eis4p ei3s4ta 4eit2 ei4too eit4s3 eits5c eits5n eits5te. eit5sten
eits5tr eive4 4eiz e1j2 e3je ek3aan ekaart5j ekaat4 ek3af. e4k3a4g ek3al. ek3alt e5kam ek3ang ek4ee
ek1ei e3kem e5ker. e5kers ekes3 ekes4t ekes5tr e3ket ek5eter e5kic e4kil e5kis ekla4m eklam5a ek3lev
e5klim ek5loos ek4ni e3ko e4k3ob e5kof ek3oli ek3opz e5kor ek5os. ek5oss e5kran ek3roz eks4e eks5erv
ek5set ek4str eks5tra ek5t4e ek3to eku4 ek3uit ek3ur ek1uu ekwet5ste ek3win e1la el3aan el5aand
el1ac el4ade el3adj el3adm el3adr el3adv el1a4f el1al e3lan el5ana e3lap e5lap. e4lapp el3arb el3arc
el3arm el3art e4l3as. el3asi e4l3asp e4l3ass el1au e4laut e3laz el5azi el4dec el4dr el4du e1le e3le.
el3eeu el5eff e5leid el5eier el3eig el3ei5s e4lel 3e2lem el3emp e5l4en e3ler ele5r4a eler4s el3erv
e3les eles4t e4l3eta ele4tr e4l3etu el3exc e3lé elfi4d el1fl elf3s4 el3gu 2eli e5lie e5lig eli5kw
el3imp e4l3ind e3ling e4l5inkt el5inz 3elix el4kee elk3s el4k3u4r el4kw 4e1lo e5loep el3oes e3lok
el3ol el3oms el5ond el5ont e3loo e5lood e5loos el3ops el5opt el5opv el3o2r el5org elot4j e5lou
el3o4ve e5loz elp4o el4ps el4s5em el4s3k el5smed el5twe 4e1lu el3uit eluks5 2ema e4mana ema3sc
ema5to emees5 emens5te emer4s emes3 emie4tj e5mok em3oli em3op em3org emor5sten e4mo4v em3sa em5sc
em4sli em4sm em1st em3su em3uit emut4 en3aap e3naar e4n3aas en1ac e5n4acc en5af e2n1ak e2nal en3al.
en3als en3amb en4ame e2nan e4n3ang en1a2p e5nari en3ars e2n3a2s enas3p e3nat ena4tel e4n3att en1av
e2n3a2z enci4 3ency. en3da en5daa end5ama 5enderti en3d4o en3dr en5drek e2n3e2c enede4 e3nee en3eed
enee5t en5eg. en5egg en3ela en3elf en3ema e4n3en5t e2ne2p en3epo e5nere 5energ e4nerv en3eta en3ete
ene4ten e3neu 4enf en5ga en3gl en4g5le eng4r en5gri engs4 eng5se eng3sm e3nie e5nijd e2n3im e4ninga
e4n3ink e3niv e4n3i4vo en3k2a e4n3och en3off e4n3oli e2n1on e4n3oor enoot5 e2n1o2p e3nor. en3ord
eno3s en3ou e2n1ov 3enq en5sce en4sei ens5ein ensek5 3ensem ens4fe en4sin en5slak en4s3on en1s2p
ens5pot en5stan en5sten enst5ijv en4stin en4stu4r en3su en4tac en5tee en5tei ente5re en4terv 3entè
en1t2h en5tom ent4r en3tre ent5rol ent4sl ents3m ent4s3p en3tw e1nu e4n1ui e2nun en3ur en3uu 5envelo
eny4 e3o eo3d eodo3 e5oe eoes3 e5off eo3fr e4o3k4 e5on eo5ni e5oo eo3pa eo3pe eo3pl eop4la eo3p2r
e5ops eor5d e5org e5ori eo3ro eo3s4 eo5st e4ot eo5te e5o3t4h e1pa e3paa ep3aak ep3ac e4paf epa4k
ep5ake e3pal e3pap e4p3app e3par ep3asp e1pe e5pe. ep5een e5per epers5te. e1pi 3epid ep3ijs ep3ijz
ep5ingr ep3ins epit4s epits5te ep1j e1pl ep3led e4p3lod e5ploe ep3lus e1po e4p5o4ge epoort5j epoot4j
3e4pos. e3pot epou4 e1pr ep4ra e3pri ep5rode eprot4 ep2s ep4s5ee ep4ser eps3l eps5n eps3p eps3ta
eps5taa eps5tal eps5to eps3tr eps5tro ep4tak ep2tj ep4tr ept3ra ep5tro ep3uit 4equa e3ra. e1raa
e5raad e4raak. er3aan er5aanp e4raap. e5raat e4r1ac e5rac. e5race e5raco e3rad e5rad. er3ado er3af
e3raff era4gen e1rai e4r3all er3ama er3ana e5randa e5rane e5ra3pl er3arc e3rare e3rari e1rat4
er3a4tr er3azi er3d2a er3d4i erd4o er3d2r erd5uit. er3d4w e1re er5eat 4erec er5editi er3een e5reep
er5eers er3eet er3ef er5eff er5eg. er3egd er5egg er5egt er3eie er3eig er3eil er5eind ere3kl er3elk
e4r3emm er3emp e3rend e5rendel ere4ne eren5eg er5enen. e3renm e3rent er5enth e5rento eren5tw ere2o
ere4og er3epi er3e2q er3eri e3res. er3esk e3ress ere4st ere4t3j er3etn e4r3ets e4r5ex erg2l e3ri
eri5ab e5rif e5rig erig5a er3ijl er3ijs e4rijs. er3ijv e4r3ijz e5rik er5ind e4r3ini er5inkt er3ins
er3int e5rio e5ris erkeers5 er2kn er3m4i er5mo er5nu e1ro. e3rob er3oc e4r3oed er3oef e5roep eroe5tj
er3oev er3of ero2g e3rok e1ro2l e5rol. er3oli e5roll er3om er1on e3ron. e3rone er3onv er3oog er3oor
e5roos e4r3op erop3a ero5pen e2r3or er1ov er3oxi e3roz e3rö er4plu errie5tj er3scr er3sj er5slag
er5span ers4pot er5stem er5te er3t2h er5t4i er5t4o er3tr ert5se erts5l er3t4u er3t4w e1ru e3rub
e3rug5 e2rui er3uit erui5t4j e2run e3runs e4r3ur e3rus er5uu 3ervar 3erwt e4saf e4s3a2g e3sam e5san
es3ap es3arr e3sa3s e3scop e3s2cr es4e e5sec es5een e5sel es5ene e4s5eng es5ex es2fe es5he e4shi
e3sid e3sie es1in e4sir es5je. es5jes e3s4jo es5jon e4s3ka es5kr e3sl es4la e5sla. e5slag es3lak
es5lat es4le es5leg es2m es4mui e5smuil. e1sn e3s4ne e1so e3sol es4oo es5oor. eso4p es3ore e1sp
es5pas es4pel espit5ste e3spl e4sprie esp5riem es4sm e3stak e3s4tal e3stap es4tar es5tatie e4s3te.
es4tea es4teel est5ei. e4steka es5tekam e3s4tem es5temo es3ten e4sten. es5tenb es3ter estere5o
es5tes es4tet e3steu es4tic e4stie e3stot es5tra. es5trac es5trak e5stral est5rap es5trei est4sc
es4tur e3sty e3su esu4r e3sy e1ta e3ta. et3aan et3ac et3ad et3afz 3e2tag e3tak e5tak. et4ana e5tand
e2tap e4tapp e5tat e4tau e2tav e3te e5tea et3edi e5tek 4etel e5tel. e4t5elf e5tels et5emb et5emm
etens5u eten5tj ete5r4a ete3ro eters5la eter5sm e5tes e1th et3ha et3hor et5hu e4t5i4d e5tie e4t3inc
e4tiq e5tis e4tja e1to e5toc e3toe e5toev e3tol eto4p et3ope et3opl e4t3ork eto3sf e1tr et3rec
e4t5res e3troe e5tron e5troo etros4 e4t3ru et4sl ets5lap et5slu ets3n et4s3oo et3spe ets3pr et3spu
et4ste ets5tek et5sten et5sti ets4u et5su5r et5suu e1tu etui5tj etu4r et3we et2wi 1eua4 1euc eudi5o
eu5dr eu3e eugd3r eu3g2r eu4ler eu4li e1um e3um. e2umd eu2na eun3t 1eu1o eu2po eu4rad eu4rec eu3ren
eu4res eu4rij eur5k euro5v eur4sta eurs5taa eurs5te. eur4s5tr eur4su eu5sch eus4p eu3spa eu4st
eu5str eu3tj eu1tr e3uu 2euw eu4wa eu5win euw4str evaar5tj eval4s evari5 eve4lo evel5op eve5n4aa
4ever eve3ra 4e1w e5wa e5we ewen4s ewens5te. ewest5r ew2h e5wi ewo3v 4ex. 2ex3aa ex3af 4exco 3exeg
3exem 4exi ex3in ex5op 1exp e3y4o eys4 ey3st e5za e3zee 4e3zen ezers5 e3zo ezz4 é3a é1d édee4 édi3
é1g égee5 é3h é3j é3n é3p é3r é1t è1 4èc è2l è2s è5t èta5 ê1 ê2p ê3per ê5t 3ë 4ë. ë2b ë3c ë3d ëe2
ëen3 ë3j ë1l 5ën ënce3 ën4e ëns2 ën5sc ënt2 ën5th ën5tw ë3p ë1ra ë1re ë1ri ë1ro ëro1g2 ëro3s ë2s
ë3si ës3t ë1t ët4s ëts3te ëve5 ëven4 4ëzu 4f. 1fa f3aanb f4aat 3fab fa2bo f3acc face4 f1ach 2fad
2f1af fa3g fal3s fa3m f3ang fant2 fan4t3j fant4s5 2f3a2p f4arm 3fa5se fa2to fa3v 4fb fbe5dw f1c 4fd
f3da fda4g f5dan fd1ar fde4k fdek3l fde4s3 fdes5e fdes5l fde5sm fdes5t f2d3in fd3of fdors5te fd4ra
f3d4ru fd5se fd3si fd3so fd3sp f4d2w fd3wo 1fe fe2a fec4tr fede3 fe4del f3een 5fees feest5r fel5dr
fe4l3ee 3feli fe4lom fe4l3op fel3sp fe3no f4er fe3rab fe3ran fe4r3et fe3rom fe3ron 3fes3 fe4t3j
fetu5r 2f3ex 1fé 3fè 3fê 4f1f f5fe f5fi ffs2 ff3sh ff3si f3fu f3g2 fge3 fge5r4 fge5t 4f5h 1fi fi5ac
fi4al fi3am fi3apa fi3apo fia4s 3fib fi1ch 5fie 5fig f3ijs 2f1ijz fik4st 3f2il fil4m3a film5on fi3lo
4find 3fini f3inj 4fink 2finr fi3o fi4r fi4s fi5se f5iso f1j fjes5 4f1k4 f3ke f2l2 4f3laa f1laf
f4lam f3lei flen4st flens5te. f4les fle2t flet3j 4flev f4lex f3lez 2flie 2flij f4lik f4lip f4lit
f3lok 3f4lor flu4t3 4f1m f1n 1fo 3fob 5foc foe5d foe5ta 2f3of 5fok 2foms fo5na fond5en fonds5l
fon5eng fo1no 4font fon5te foo4 fooi5 f3oom 5foon 2fo4p fop5s4 f4or 3fo5re fo5ri 5form for4t3j fo1ru
fo3t 2f3oud 4f1ov 3fö 4f5p4 fpers5te. fpits5te. fr4 f4raak. fraam5 5frac f3rad f2ras 5frau f1rec
f3rek 5freq frie4s frie4t friet5j f4rik f4rod 4f3rol f4rolo f3roma frus3 4f1s f2sa4 fs3ad fs3an
fs3ar f3sc f5sch f4scr fse2 f4s3ec f4s5ee f4sei f4s3eth fs4fe f2sh fs5he f2si f3sie fs3im fs1in
f5slaa f5slac f5slag fs3lap fs2m fs3ma fs4mi fs3mo fs3mu f2s1o4 fs3ob fs3om fs4oo fs2p fs4pre fs4t
fst3as f3ste fs5tec f5stell fste4m3 f4sterr f3sti f5stif f3sto f4st3oc f4ston f3str f3stu f3sy 4ft
f1ta ft1ac fta4kl fta4p ft3art fter5sh ft3h f1to f5tond f4tont f1tr ft2s3l ft4sm fts3n ft4so fts3p
f1tu ftu4r 1fu 2fuit fu4ma fum3ac 3f2un fur4o 3fus 2fuu 4fv fva2 fval3 4f1w4 3fy1 2fz fzet5 4g. 1ga
3ga. gaar5tj g4aat 2g1ac 4g3adm g4af. g3afd ga3fr 4g3afs 4g3afw 2g3a4h 4gal. ga3la ga4l3ap ga5ler
gal3s 4gamb g4a3mi 3gan gan5d 5gane gan4s5t ga3pl 3gar. 4g3arb ga3re g1arm 3gars 2g3art gar5tj ga4s
gas5c gas3i ga5sla. ga3sli ga5slo gas3o gas3p gas3tr gas5tra gast5rol 3gat gat5j gat3s 4gaut ga5ve
g1avo 2g5b 2g1c 4gd g5dac g5dag gd3art gd3at gd5ate g3de g4d3elf g5der. gd3erv g4d3id gd3im g2din
g3dr g5dru gd3sa gd5sp g3du 1ge 3ge. ge3a gea3dr gea5na gea3q ge4ari ge5au 4g3eb. 2gebb ge3c ge3d4
gedi3a ge4dit ge5dr ge5dw 3gee4 geest5r geet3a ge3f4 2g3eff ge5g4 gege4s 4geig 2g3eik gei4l5a 5geit
geit3j ge3k4a ge3ke ge5ki ge5k4l ge3kr gek4st gek4u ge3k4w ge3lau gel4d3a4 ge3l4e 4ge4lem gel5f
gel5k 5ge3l4o gel5si gel3sl gel3sp gel5ste ge5ma 4gemb 4g3emf ge5mo 2g3emp gems3 ge3m4u g4en. ge3nak
gen4az 3ge3ne ge4n3ed ge4nend 4g3engt 3geni gen5k ge1no ge4n4of ge4nog gen5sfe gen5ston gen5stu
genstu5r 5genw ge5om geo5pe georke5 ge5os ge5ot ge5p4 ge1ra ger5aal ger5aap. ge4r3a4l gera4p ger5ape
ger5as. ge5reg ge3rem ge5ren. ger4i ger5ini ge1r2o ger4of ge5rol ger5slan ger4sli gers5lij ger4sp
4g3erts ge3r4u 3ge1s4 ge3sa ge3sc ge5se ge3si 4ge3sk ge5sl ge3sn ge3so ge5spend ge5sper ge5spo
ge5stan ges5te. ges5ten. ge3str ge5sw ge3ta get4aa ge5tam ge2th ge5t4i ge3t4j get4o ge3tr ge5tra
ge5tro ge5tru ge5tsj ge5tu ge5t4w ge3ui 5g4ev 4gex 5g4ez 1gé gédi4 3gè 4g1f gfijn5ste 4g3g4 g5ge
gge3la gge4r5on gges5ti g4g5h g5gi ggings5 g5gl 2g1h g2het ght4 gh5te g2hum 1gi gids5te gie5ra
gier4s gi1eu gi2f gif5r gi3ga 5gigere 5gigste 2gij g3ijs 4gijz gi2m gi3na 4g3inb 4g3inf g5infe
g5infr 5ging 2g3inh gin3o 2ginr gi4oc gi2od gi4onet gi2or gip4st 5gir 3gis 4g1j 4g1k gl4 g5lab 3glai
1gla4s glas3e g5lat 3g4laz 3gle. g5leer glee5t g3len 2g5lep 4g5ler g3les 3gle4t glet3j g5lev g5lice
g5lich 3glië g2lif g5lijs g2lim 3g4lio g2lob 3glof g5log 3glom 4g3lon g3loon g3lop 3g2los g5loz
3g2ly 4g1m gmaat5j 2g1n g3na gn4e gne5g gne5m gne4t3j gnie4tj 4gnu 1go 3go. 3go2a 3gob 2goc g1och
go4d3a god4s3 gods5t 4goef goe1r 2gof go3f2r g4og 4goh go2k 5gom. go2ma g3oml 4gomz go4n3az 2g3ong
go5no 2g1ont g2oo 2g3oor 3goot 2g1op go3pa g4opr g4ora 4go4re go5re. 5g4ori gor2s gos1 go3tr
gou4d5ee 2g3ov 2g5p gpes3 1gr4 3gra 5gra. graat5j g5rak gra2m g4ram. gram3a g3ramp gra4s3 5grav
2g3rec 2g3red 5gredi g5redu g3reek g3reel g4reep g3reis 4g3rek 2g3rem gren4s gre4s g4reu g3rev 5gria
grie4t5j g5rijd g5rijk g5rijm g5ring 5g4ris grit5s 2g3riv groet5j grof5 g3rok g3rook g3room groot5j
2grou gro5v 2g3rug g3ruim g3rup 4gs gs1a2 gsa4g gs5alar gs3alt g2sc gse4 gs3eco g4s3ed gs5een gs3ei
gs3en gs5ene gs3erv gs3et gs3ev gs5he g2s1i2 g3sie gs5is gs1j g3s4ke. gs3l gs4la gs5laag gs5lam
gs5las gs1le g3slep g4sleu gs5lie gs4lin g5sling gs4lo gs5log gs5lok gs5lon gs4lu g4s5ma gs3n g4sna
g3snij g4s1o4 g5sol g5som. gs5ons gs3op gs3p gs5pand g3spec g3s4pel g3s4pet gs4pi g3spie g3spil
g5spin. g5spinn gs5pir gs5pol g3s4pon gs5ps gs5q gs5sc gst2a gs5taal gst5aang gs5tac g5stad g5s4tan
g4st3ap g5stat g1ste g5s4te. g5sted g5stee g3stei gs3tek g5stel g3sten g3ster g5ster. gs5terr
g5sters gs3th g5s4tic g3s4tig gs5tijg g5stof g5stop g5stor gst3o4v g4s3tra gs5trad gs5trak gst5ram
gs5trap g5strat gst5res gs5troe gs5tron g4stru g5struc g3stu gs5ty g2s1u4 gsver3 gs5w g5sy 4gt g1ta
g2t3ap g3te gte3ro gtes4 gte3st g1to g3tr g1tu 1gu 5gu. 3gue gu4eu 2guit gu4ni gu2s3 gut4st guts5te.
4gv g5vo 4g1w g5wa 1gy 4gyp 2gz 4h. haams5ta haar5sl haar5sp haars5te haar5tj haats5te. h3afd
haf4t3u ha3g ha5ge hal2f1 5hals hal4sto 5halz 2hamp 4han. han4dr hand5sl han3ga hang5l hang5s
han4s3l han3so han4st hap2s hap4se har4ta harte5l hart3j har4t3o4 har5tre hart5sl hat5j ha2t3r hat3s
ha3v 4have. 4hb 2hd h4e 2hea he2ar 3hech he3co 4hee. hee3g4 hee4k heek3a heek5l hee4l3o heep4s
heeps5c heers5tak hee5sto hee5tjes he2f he4i heids5p heis4 hei5tj he2k3a he2kl hek4st heks5te.
hek5sten hek3w he3le he4l3ee he3li hel4m3a helo4 hel4p3a hel3sm he5mo he5ne hen4kr he3n4o 4he5o
he4pij he2p3l he2pr he1ra her4aa he4r3ad he3r4au he4r3i herm5eng he3ros hero5v her4p5aa 3herst hert4
herts5te he2ru he5se he2sp he2s5t hets5te. heu5le 2h3f 4h5g h3h hi5d hie4f3 hielsges5 hie4r3 hie5ren
hier5u hie4t5o hie4tr hiet5s hij4sl hik4s5 hi3kw hil3m him4pl him4pr hin5d h3ins hin4t3j hi2p5l
2hir2 his5p hi3tr hit4st hits5te. hit5sten h3j 2hl h3la h4lag h3lep h3loc 2h2m h3ma h3me h4mer h1n
h2na hno3 2ho. ho3a hoa3n hoboot4 ho3ch hoe4ker hoe4s hoes5l hoe3t ho2f hof5d hof3e ho3g2 ho2ka
ho5mo hon3dr hond4s hon3g honi4 ho1no hool3e 4hoom hoort4 hoor5tr 2hoot ho3pa ho1pe ho2p3o hop3r
hop4str hor5de 5horl ho3ro hor4st hors5te. hor5sten hor4t3j ho3ru ho3sa hot3j ho3tr ho4t3re hot4st
hots5te. ho3v 2ho4w how3o 2h1p hpi4 2hr hra4b h4re h5rea hri4 hro2k hrok3o hroot3 4hs h3sa h3sp h3st
2ht h4t1a2 ht3ac h3tal ht3ala h5tans h3te. h4t3ec ht4eco h2t3ee h2t3ef h2t3ei ht5em h3ten h4ten5t
ht5entw hter3a hte4r5o h4t3esk h4tev ht5eve h5tevo ht3ex h2t5h h4t3int h2t1j ht1o4 ht5oef ht5op
h4t1r ht5roo ht4sap htse4 ht4ser ht2si ht4sl ht5sla ht5slot ht3sme ht5smij ht4s3o ht3spe hts3pl
ht3spr hts5taal ht4s5tak ht4s5tek ht4sti hts5tore hts5trekk ht1u2 ht3w hu4ba 3huiz hul4der hur4t5
hut3j huts5te. huur5s 4h1w hy4la 3hyp hypo1 4i. i1a i3aa i4ab i5abi i4ac i3ady i3ae i5ae. i2a3f4
i2a3g2 i3agr i3ai i5ak. i3ake4 ia4kem ia3kl ia3kr i3al. i4a3la i3ali i2am i5am. i3ami i3an ian4o
ia3o i2a1p4 ia5pa i5api ia3sc ia5se ia3so ia4s5po ia3sta i3at ia3t2h i5atri iave4 i5ble iboot4 4ic
i3ce 5i4cepa i1cha i1che ichee4t i1chi i1cho i3chr ick5l icos4 ic4t3op ict4s5c i3dam idde4r5a ide3a
i4dee. ider4sp ider4st ides4 idi3a idi5ab i2di5o id4mak i3dok i2dr id3ran id3ru id2s1 id4s3a id4ser
ids5i ids5j ids5l id4sm ids5ma id5s4mee id4s3o ids3ta ids5tak ids5tek id4stem id4sti ids5tr id3u4r
id3uu idu3w id3w 4ie ie1a2 ie4d3ac ie3de ie4dro ied3w i1ee4 ieë2 ie3fi ie2fl ie3fle ie3fon ie4fr
ie4gas ie3ge ie4g5ins i2ek iek3e4v ie4kl iek3li ie5klu ie2kn iek5ond iek4s5n iek4sp ie2ku ie3kwa
ie5lan ie5lap iel5do iel5d4r iel4e iel5ei. iel5k iel3sc ie3ma iem3ov ien4dr ien3ij i3enn i5enne.
ien3s4m ien5sp ien4sta ien4st5o ien4str ienst5ur ieo4 i4ep ie5pen iepiet5 iep5oog iepou5 iep5rel
iepro4s iep3s4 iep5st iep5tr ie4pui ie5r4ad ier3a4l ie3ram ie3rap ier3as ie4rat ier5el. ier5els
ie5ren. ie5ring ierk4 ie3r2o ie4rof ier4sl ier5slu ie3ru ier4ui ie3sf ie2si ie4sl ie5sle ies3li
ies3m ie2s3n ie2so4 ie4s3pl ie3sta ies5te. ie5stel ies5tere ie3sto ie4taa ie5tal iet5ant ie5ten
ie3tj ie3to4 ie4t3og ie4too ie4top ie4tor ieto5re ie4t3ov ie5troe iets5te. iet3ur iet3uu ie3twi
i3ety ie2u ieu3k i1eur ieu5r4e i1eus ieu3sp i1euz ie3v ie3z iezel5a i3és i1ét i1è i4ëg i4ëva 4if
if3aa if3ad if3l if3r if4ra if4taa if4tar if4tre iftu5r if3ui ig4a ig3aa ig5ac i5gal i4g5av i3ge
ige2s ig3esk ig3ij i4gind igi3o ig5no i3g4om ig4op igs4 ig3sk ig3sl ig3sp ig3sto ig3un i1h i3i i5ie
ii2n i5is i2j 4ij. ij5a ija4d 4ijd 4ije ij3ef ij3ei ij3el ij5e4n3 ij1er ij3i 4ijn ij3o4 i3jou 4ijso
4ijsp 4ijst ij5te ij4tr ij5u 4ijvo 4ijzo 4ik ik3aar i4kam i3ke ik3ef ike4ra iket3 i2kij i3kl ik3la
i4k3lo i4k3lu i2k4n i4k5na ik5o2g i3kom i2koo iko2p ik3ope ik3ord i4kr ik3re ik3ri ik3ro ik5se ik5si
ik3s4l iks3n ik3sno ik3sp ik4spa ik1st ik5sta iks5te. ik1w ik5war i1la i3la. il4aa il5aan il3ac
il4act il3ad il3af i3lak il3al i5land il2da il4d3r ilds4 4i3le il3een ile3l i4l3erv ile4t ilet5r
ile3u il3e4ve ilevin4 i4l3e2z i3lé il5f i3li ilie5g ilie5t il3ink ilk4l ilk3s2 illa3s 1illu il2m
ilme2 il4min il4mo i1lo ilo4ge il3ond i3loo i5loon il3oor il1or ilo4re ilo4ve il3s2h ils5j il4sti
il2th i1lu 4im. i2mag i4mago im5au imee4 im3een i4m3em im3enc im3ex 4imf i2m3of im3op im3org im5pa
im4s3oo im1st i3mu in1ac i2nau ind4aa in4dene ind3sc ind5ste 1indu in3e4de in3edi in3eed inek4 ineo2
inet4s i5neu 1inf in2ga4 ing3aa ing3ag ing3al 3ingan ing5lo in2go in4gr ing4st 4ini. i3nie ini5on
ini5sl ini5sta 4inkj in2kn 3inkom in4kri 3inno i1no i3noc i3nod in4o2g in1on ino5pe ino3s4t in3ov
1inri 4ins. in5sch in5se in3sl in3smi in3so in1sp in5spo in5sten in5swi in4t3ap in5te intes5 in3th
1int4r i1nu inuut3 4i1o io5a ioas5 io5b i3o1c i3ode ioes3 io3f io3g2 i3ol i5ol. i5olen i5olus i3on
ioneel4 i5ong ion4s3 ions5c i5oo i2op4 io3pa io3pr i3opt io3ra i3ori io3ru io4s i3os. ios3c i3o5se
i3o5sf io5sh io5si i5osi. io5so io5sp io5s4t i5o5su i3osy i5othek i3oti iot3j i5otorens io3tr i2o3v
i3ox i2oz i1pa i2p1ac ip3af i3pap i1pe i4perw ipe4t3j i1pi ip1j i1pl ip3lu i1po ipo4g i1pr i2pri
ip3ru i4ps ipse4 ip4si ip4sle ips5te. ip5sten i3ra ira3k i1r2e ires4 ire3st i3ré i1ri irk4s i1ro
iro3p iro5v ir2s ir4sc ir3sp ir5ste irt3r i1ru 4is i1sa i2saa i4s3ad is3a2g is3ap i2s1ar i2s3as i4sc
i5scha i5schr is5col i5scoo i5scope ise2d i4s3ei is3ell is5eng i4s3erv ise3st iset3j is4fee is4fer
i4sh is5ho isi2d i2sij i2s3im is3ja i4sk is3ka is3ke is3l is5lag is5las is5le i4s5m i4s3n is5ned
is5nij is5no 5isol i4soo is4oor iso3s i2sot is3ott is3p is5pas is2pi is5pl is5q is5sa is5so i2s3t
is1ta i3stak ist3ap i4s5tas is4tat is5terd is5tere is4th is1to ist5ong i3str is5tri i5stro. i3sty
isu2m i5sy 4it i1ta it3ac ita5d it3een i3ten i3ter ite5rei ites4 ite3st ite4t it3hie it1ho it1hu
it2i itie5st i4tj i1to it5oef it3oog i3t2ou i4to4v itper5st it3red it1ru it3sje it3sli it3sop it1sp
its4te it4ste. it4too i3tu it3w 4i3u2 iu4m ium3a4 ium3e ium3o iu3r i3ve iven5s ive3re i5w iwi2 iwie2
iwit3 4iz i3ze ize3t î3 ît4 1ï 2ï. ï5a ï1c ï1d ïe4n3 ïe5nen. ï2n3a ïns5m ïn3sp ïn3u ï3n4ur ï3o ï3ri
ï3ro 4ïs. ïs3a ï4sc ï5sche ïs3l ï3so ïs3t ï1t ï5z 4j. 1jaar jaar5tj ja3b 2jaf 1jag jagers5 ja3kn
ja3mi jan4s3l jan4st ja3pl ja1po 1jar jare4 1jas3 jas5p 3jaw jaz4 j3b jba4l jbe4l3i j1c jda2 j2d3aa
jd3an j4d3ar j2d3ee jde4n3e jden4s jdens5p j4d3erv jdes4 jde3sp jde5st jdi3a j2do4 j3dom jd5on jd3op
j3dr j4d3re j4d1ri j4d3ro j4d3ru jd5sei jd3spo jd1st j2d3u jd3w j3d4wan jea4 3jeba je3ch jec4ta
2j1ee jel4 je3la j1en je2na2 je3n4o 5jep jepiet5 je3ro jers4 jer3sp je4s3 3jesa 5jesal je5sch 3jeskn
jes5l jes5m jeso2 jes5pa jes4pr 3jesr jes5tr 5jesvo 3jeswa 3jeswi je2t jet3er jeto4v jet5st 5jeu
3jevr 2jew j3ex j2f1a j2f3ei j2f1en5 j4f3ij jf3ink jf3l j3f4lat jf5le j2f3o4 jf3r j3f4ra j3f4ro jf2s
jfs3a jf4sc jf4s3er jfs5f jfs3l jfs5m jfs3n jfs3p jfs5pa jf3st jf4sta jfs5tak jf5stan jf4stel jf4sti
jf4s5to jft2 jf5ti jf5tw j1g j3ge jger5sl j2g3l jg4s5e jg3sn jg2st jg3s4te j3h jif3 j3ig jin3g
ji5t2j j3j 2jk j3ka j4kaa jk5aard j4kar jk3arb j4kau j4kav j2kij j2k4l j3klaa jk5lak jk5lap jk5las
j4kle j5kled jk5les jk5li j3klon jk5lop jk5luc j2kna j2k3of j4k3o4l j2k3on j2ko4p jk3opb jk3ope
jk3opl j3kops j2kr j4kra jk3raa j5kran jk3re jk3ro j4k5ru jk3slo jks3pl jk4sta jks5taak jks5taal
jks5tak jk5stan j2k3ui jk3w j3k4was j1la j3laa jl5ana j1le j2l3ef j2l3el jl5f jl3ink j1lo j2loe j3lu
j2m3af j5m4ar j3mi jm3op jm3s j2n1a4 j4naa jn5ac j3na5g jn3ak jn2am jna5me j3n4an jn5d2r j2nef jne4n
j4n3erk j4n3erv jn3gl j4n3im j4n3ink jn3k4 j2n1o4 jn4si jn2s3l jns5lac jn3slu jns5or jn2sp jns3pl
jn1st jn4ste. jnt4 jn3tr joet3 4joi jol4e jo5lij j3om 1j4on jone2 j3op jo3pe jo3ra jo3ru j4ou 1jour
jou5re joy3 j3pa j4p3ac jp3arm j1pe j2p3em jp3ij j1pin j3pio jp1j j1pla jp3li j1po j2p3or j4pre
jp3ri jp3rok jps4 j3r jraads5 2js js1a j4sef j4s3ela j5seli j4s5em j4s3e4r j2s1i js5in js4ir js4le
js3lee js3li js5lie js4me js5mel js5met js3n j4s1o4 j5soe js3ol js3pac js3par j3spe js3pl j4spo
js3poo jspoort5j j5spor j1sta j4star j2s3te j3stee j3s4tek j3s4tel j5s4teng js3th js4tij j5stond
j4stoo js3tou jst5ran j5strok j2su j3sy j3taal jt3aar jt1ac j1tag j3tak j3tan j3te. jt1h j3toe
jt3opt j3tr jt3ra j5tred j5tree jt3rei j5trek jt3ri j5trok jt3rot jt1s j1tu 1j4u ju3d 4jum jus3
juve5 j3v jve2n jver4s jvers5p jve3t jvie5s j1w jze4r5o 4k. 1ka k3aanb k3aanl 5kaart kaart5jes
kaats5te. kabe2 ka3bo 2k1ac kade4t5 4k3adm ka3do k3adv 2kaf k3afd k4aff ka3fl 3k4aft ka4ga k3a4gen
k3ah ka3i 2k3alb ka3le 5kalf kalf4s5 ka3l4i kal2k kalk3a 4kalt 5kalv 3kam 4kamb kamen4 kame4re
kam4pa kam4pl kam4pr ka5naa kan5d 4kang kan4sl kan4st kan4t3j kao3 5kap. ka3pe kap3l ka1po 4kappa
ka3pr kap3s k3arc k4a3ro kart4 4k3arti kar3tr ka4s kas5c 4k3asi kast3o4 ka3str kast5ra ka5stro
kas3u4r kat5aal ka4t5a4le ka4tan kati4 ka4t5io kat5j k3atl kato4 ka4t3og ka5tr kat3s 2k1aut 2kavo
2k3b 2k1c k3ca 2k5d kdi3a 1ke k4eb 2k3ec ke4di 2k3een kee4p5l kee4r keer4s keers5to 2kef 4keff k4ei.
k4eie k2eil kei3s4 kei5t ke4lap kel5da kel5dr ke5lel 4kelem kel5f ke4l5int ke4lom ke4l3op kel3sp
5k4ema 2kemm 2kemp ke4n3an ke4nau ken4ei. ke5nen ken5k ke2n1o kens5po kepie5t 4k3e4q ke3ram ke4r5enk
ker3kl ker4kle ker4kn ker4k3r ker4ku ker4kw ker4n3a ker4no ker3o4 ke3ros ker4sm ker5spe ker4spr
ker4sta ker5ste. ker4sti 4k3erts 4kerva 4kerwt ke2s ke3s4p ke3sta kes5ten ke3sto ke5straa k2et
5ketel ke2t3j ke3to ke2t3r kets5te. ketting5s 4k3e2tu ket3w 3k2eu keviet5 ke4vl 4k1ex 2k3e2z 2k1f
2k3g 2k1h4 k3ho khoud5s 1ki 2ki2d 4kied kie4sp kie4s4t kie5ste kie4tj kieze4 2kië kijk5l k3ijs 4kijv
4k1ijz ki3lo kilo5v ki3na 4kinb 4k5indel kinds5te. 4kindu kin3en 5king kings5l 2k3inh kinie4 k3inko
4k1inr 2k1ins 2k3int 4k3inv ki3o ki2p3l ki5se ki3s4p kit4s kits5te k1j 2k3ja k3jew k3jo 2k3ju 4k5k4
kke5nei kker4s kkers5ten kke3st 1k2l4 5klac k3ladi kla2p1 k4las 5klas. 5klass k3last k3lat. k3latt
3k4lav 3k4led 5kledi 5kleed k5leer. 4k5leg 5klem 4k5len k3ler. 4klera k3lers k3les 5k4le4u k5lic
4klid k3lig 2k3lij 4klijs k4lim kli4me 3k4lin k5lob 4klod 3klok 5klok. k5loka k3loke k3lood 5kloof
k3lope 5klos klots5te. 2k5loz 4kluc 4kluih 2k1m k3ma 1k2n4 4knam k4nap 3k4nar 5knec k5nem kni2
5knie. knip1 4k5niv 3knol k3note 2knum 1ko ko4bl k4oc 2k5oct 4k1oef 5koek koe4ket koers5p koes3
koe3tj koets5te. koge4 5ko5gr 3k4ok ko5ko kol2e2 kolen3 2kolm 5kolo ko4ly ko2m3a 4komg kom5p k3omsl
kom4str 4komz konge4 k4oni k3ontb kon4t3j kon4t3r koo4 2k1oog kooi5tj koot3 koot4j ko3pa 4kopb
4k3opd ko1pe ko5pen. 4kopg 3ko5pi 5kopj ko2pl 2kops 4kopz 2kord kor5do 2k1org 2k3ork kors5te. kor4ta
kor4t3o4 kor4tr ko3ru 3k4o4s3 4k3os. kos4j ko5sjere koso4 4koss kot4st kots5te. 4k1ov 4k3ox 2k3p
kpi3s k4plam kpren4 1kr4 3kra k5raad kraads5 kra4b 4k5rad k5rand 2k1rea 2k3rec 4k3rede k4ree4 k5reep
kreet3 k3ref k2reg 2k3rel 2k1ric k3rijk k3rijp krij4t krijt5j k4rit k5ritm kroet5j 2krol k4ron
kron3t 5kroon krop3a kro4to 2krou k3ro5v 3k4ru k5rub 5kruis kru4l krul5a 2ks k3sal ks3alm ks3an
ks3ap ks1ar ks3as ks2e2 k5sec ks3ed ks5ei. ks3ep k4serv ks3et kse3v ksges5t k4si k5sil ks1in k5sis
k5sit ks1j k1sla ks3lab k4slan ks3le ks3li k4smo ks3na ks3no ks3nu kso4 ks3om k5song k2s3pa ks5pand
k4spar k1spe k3spi ks3poo k5spor ks3pot ks3pru k3spu ks5s ks4t k1sta k5staan k5staat k1ste ks5tec
k4st3ed k3sten ks5tent kste4r kster5a k4sterr ks3th k3sti k3sto ks5ton k5stoo k4stop k5stot ks5trek
ks3tri k3stue kst5uit k1sy 4kt k1ta kt3aan k3taar ktaat5 kt3ac kt3art k3te kte2c kt3eco k4tex kt1h
k5tij kt3im kt3in k5tit kt3j k1to kt3om kto4p kt4or kt5ord kt5org kt5ori kt3o4v k1tr kt3res k5troll
ktro3s k3tu 1ku ku5be kui2f 2kuit ku5k ku5me 3k4u2n 4k5uni 5kuns ku2r ku3ra ku3re kur3s 3ku2s kut3
2kû 2kv k3ve kven4t3 5k4waal 2k3wac k2wad k1wag 5k2wal 5k2wam 3k4war k5ware 4kwat k3weer 2kweg k1wei
5kwel kwen4st kwens5te. 4k1wer 5k2wes1 kwes5tr 5kwets k2wie k3wijz k4wik 2kwil 2kwin k3wind 4k1wo
ky3 2kz 4l. 2laan 4laand l3aanh laa5re laar5tj laat5sta l3abon 2lac la4ca 5lach. la4cha 5lache
lach5te lacht4s l4aci la2d5a la4det 2ladj 4ladm la2d3o 4la2dr lad5s la2du 4ladv 3lae3 2laf la2fa
la3fl lafo2 4l3afs la2g3a la4gent la2go lag3r lags4 lag5sa la2k3a la4ki la3kr 2lal 3lald lal4o
lam4p3j lam4p5l lam4po4 lam4s3p l4an 4la2na lan3ac 3land lan4da land5aa lan4d5oo lan4d3r lands5te.
la4n3ec lanel5 5lange. lang5l lang5sp lang5sta lan4k3a lan4k3l lank3w 4lann la4nor lan2s lans3l
lan4st lan4t3j lap3ac la3pi lap3l lap3o4 la5pre la2p3u la3q lar3da 2larm 4larm. lar5st las3a4 lase4
la2si las3to 5lastt la3te la4t3he lat5j la4t3ro 4lats4 lat3sl 2lau 5lauf lau4st l2auw la3v lava3
la4vo 5law l4az 4lazi la4zij 2lb4 lber4t lbert5j lboot4 2l1c lce4l5 4ld ldaat5 l2d3ac ldak4 ld3alf
l4da4r ld3arc ld3ari ld3art l2dau ld3eco ldeks5 l4d3e4z ldi3a ld5oef ld3oli l2d3om l2d3on ld3oog
l4do4p ld3opi ld3ord ld1ov l3dr l5drade ld3ram ld5rang ld3rat ld1re l5dree ld3rij ld3roe ld3rol
ld3rom ld3rui ld3sa ld3sl ld3sma ld5sp ld5ste l3du ld3uit ld3uu ld1w le2a le4ane le3at leba4l
lecht5st lee4 leeg3 leege4 leeg5i 4leekh lee5l leem3 3leen 4leep leep3o lees5e lees5l lees5po 2leeu
2leff lega5s leg3ec leg3l le4go le5go. leg5s 3leidi 4leier 4leig lei5tj leit5s le4ko4 4leks lek5str
5leld le2le 5leli l3elp le4n3a4d len3a4k 3lene le4n3e4m len5kw le2no len3op len3sf len3sm 4l3en5th
le5o 4lep. 3le1ra le4r3a4k le5rei le4r3e4v ler5g4 le3r4o le4ron ler4sl ler5spo 4l3erts le2s le4sa
le3sc les5et le3s4h les3m le4sp le3spe 4l3essa les3t les4ta les5taa le5s4tel le3str le4s3u le4t4h
le3tha let4i le5tin le4top le2t3r le3t4re let4st lets5te. le2t3u leu3ko leum3a leur4o leus4 leu5ste
5leuz leven4s levink5j 4lexc 4lexp l2fac l3f4ag lfa3s l2fau lfe4n l4f3end lf3ene l2fe2z lf3li l3f4lo
lf3lu l4fo l5foe lf3o4l lf1op lf5ord lf5org l5fou l1fra l3fru lfs5ei lf4sl lfs3le lf2s3m lf4so lft4
lf5ta lf5tw lf3uu 2l1g l5gaar l4gap lge4n5a l3gla l3g4oe l3gog l3goo lg3s4 lgse5 4l1h 1li li3ag
li3am licht5st 3lid 5lid. 5lidm lid3s4 lie4g3a lie4gr lie3ka lie4sp lie3s4t lie4to li3eu 3liè 3lift
l4ig li3go lijk3a lij4m3a 4lijmv 5lijn 4lijp 3lij2s lijst5a 4lijt 4l3ijz li5kr lik5sp li4kw li3kwi
lim4a li3mi 2limp lim4p3j lin4da 4linf 4l3inh li5ni lin4k3a 3linn l3inna 2linr 2l3ins lin4t3j l3inv
4linz li3ob li5om li5o5s4 li3ot li2pa li3pi li2p3l li5see 2liso l5isw li1t2h lit3r lit4sa lit4sl
lit4st lits5te. lit5sten 2lix 4l1j2 lk3af l4k3ank lk3arm lk3art l3ke l4k3ei l4k3em lken5e lken4s
l4k3ep l3ki lking4 lk3laa lk3lag l5klas l4k3lev l5klim l3ko l5koe lk3ont lkooi5 lk3opb l5kor l5kou
l5kra l2kre lk3rep lk3res lk3rij l2k3ro lk2s lk4se lk4so lk3son lks3oo lks5taa lk3ste lks5tel lks5tr
l4k3uu l3kw lk3wi l3ky 2l1l l5la lla3d lla3g4 lla5tr ll3eig lle3k ll4el lleo4 ller5on lle3s4m lle5th
llevie5 l3l4i l3lo llo5f l5lon ll3sh 2lm l3maa lmaat5 lm3a4ca lm3af lma5ï l3mak lm3arc lm3art lma3s2
lm3au l3me l4med lm3edi l4m3ep lme2s lme5te l3mi l3mo l5mog lm3oli lm3or lmro4z lm5sc lm3sh lm3su
2l3n lni4s lo3a 2lobj lo4boo loe4d5a loed3r 4loeg loe4gr loen4st loens5te. 4loes l3oeu 5loev lo4faa
lof5d2 lof4s4 log4 log5l lo3go 5logr log2s3 lo4k3ar lo2k3o2 lo4kr lo2ku 2lo2l lo3la l3oml lom4p3j
lom4p3l l3omt l3omv 4lomz 3lon. 4lond 5long lon4gaa lon4g3o lon4gr lon3o 2lont lon4t3j 3look loo5pi
3loosh loot3e lo3pa 4lopb l3opd lo1pe 2l3oph 2l3opl lop4la 2lopn lo3p2r 4lopt 4l3opv 4l3opw 2lor
3l4or. lo3re 4l1org lo3ri l4o1r2o3 3l4ors lo3ru lo3spe lost4 los5to lo4s5tr lo5s2u lo2ta lot3a4l
lo4tet lo2t3h lot3j lo4tof lot3r lou3s lo3v 2love 3lo5z 4lp l1pa l3paa lp3aan lp3a4g lp3am l3par
l3pas l1pe lpe2n l2pex l3pi l5ping lp3ins lp3j l1pl l3p4la l4plam l1po lp3of l3pom lp3on lp3ope
l3pos l3pot l1pr lp3ram 4l3r lraads5 lrus5 4ls l4saa ls1a2d ls3a2g l1sam ls3an l3sap ls3as l2sat
ls4cor ls4cu ls3eco l4s3e2d l4sef l5sen l4s3e2p lsge4st l3s2hi l3si l4s3im l4sin ls3inj ls3ink
ls3int ls4j ls5ja l3s4kel l3s2ki l1sl l3sla l2s4le ls5led ls5lee ls5leg ls5len l2s3li ls4lin l3slo
ls4maak ls4med ls4mee l3smid ls3na l3sne l3sno ls3nor l3soc ls3of l3sol ls3op ls3o4r ls1ov l1sp
l2spa ls3pac l3span ls3par ls4pe l3spi ls3pli l3spoo l4s5poot l3spor l2spr ls3pra l1st l3sta l4staf
l4stak ls5tak. l3ste l4stek l4stev ls4ti l3sto l5straa ls5trak l5strat l3stu ls5ty l2su l3sur ls3us
l3sy 4l1t lt4aa lt1ac l4tam l5tame l5t4an lt4han l4t3hi l2t3ho l3thu lto4l lt3oli l2t3o4v l3tr
ltra3s lt3rug lt3sl lt3sp lts5te. l3tu lu4b1 lub5e lub5l lu1en 3lui. 5luia 5luid luids3 5luie. 2luit
luk2s luks3t lu3na 3lunc 2l3u2ni lu3sta lu3ta lut3j lut4st luts5te. lu3wi lven5s lvera4 l1w 1ly ly5i
ly3st 4lz lzooi5 4m. 1ma maas3 maat5st m3act 2m3adv ma5esto m3afl ma3fr 2m3afs 4m3afw m4ag ma3gl
ma5go ma3gr maï4 ma5ka ma5ke 5ma3k4r ma3kw ma3l4a ma5lac ma4l5ent mal5st 5m4an. man3ac m3anal man5da
man5do mand4s 5m4ann ma5no 5man2s man4se mans5ee man4so mans3p man4s3t mans5ta man4th mant4r ma5pa
ma3pr ma3q m4a5ri mariet5 5m4ark mar3sh mar4s5t mar5ti ma1so ma3s4po 5mass ma4ste ma3str ma5ta
5mater mat5j ma4tom ma3tr mat4st mats5te. ma3v 4mb m5bl mboot4j mbo5st mb4r 2m1c 2m1d m5da mdi3a
mdis5 m3do mdo3p m3dr m3dw 1me me1c me5de 5media 5mediu mee5g mee3k4r mee5las mee3lo mee5re mee5ri
5mees meest5al mee5stov mee5str m5eg. me3g2a mega5s m5egd m5egg m5egt me4i mei2n mei5tj m2el me4l4as
mel5as. mel5dr mel4ko mel4kr 5melo mel3s4m me4mi 3men m4en. me3na men4as meng5ra men5k me5nor 4menq
men4s5uu men4t3j ment3w me5nu me3p2j 2m3e2q me1ra me4r5aak me4r3a4k me4r4am mer5ante me4rap me3rau
me4rav mer3ei 5merk mer4kl mer4kn mer4kw mer5oc me5rong me3roo 4m3eros me3rot mer4si mer4sl mers5m
mers5ta me2ru4 m4es me3s4h me4s4l mes5li me5slo mes3m me3so me4sp mes3pa me5spe me5spot me5stel
mesto4 mest5ov me3stu me5ta5n me3t4h 3meti me5tr mets5te. meve4 m3e4ven 2mex 3mé 3mè 3mê 2m1f mfa3t
mf4l mf3li mf5lie m5fo 2m5g mger4 2m1h 1mi 3mid 4mid. 5midd mie5kl mie3st 4m3ijs 4m3ijz mi3kn 5mili
mi3lo mimie4 m3imp mi5nar 2minf 5ming 4minh 2m5inr 2m3ins mi5nu 4m3inw m2is mis5f mi2s3i mi3s4la
mi4st mi5stra mis5tro mi3t4a mi1tr mit4st mits5te. mit5sten 2m1j 2m3k2 mkaart5j 2m3l 2m1m 2m1n m5na
1mo 5mo. mo3a 5moda 5mode moed4s 2moef 5moei moers5t moe2s moes3p moes4te mog2 5moge mogen4s mo3gl
4mok 5mole 2moli mo4lie mol4m3a 4molt 3mom 4m3omv mond3r mo5no 5mons mon4so mon5ta 3mooi 2mop mo3pa
m1ope m4opp mop4s mo3ra mo3r4e mo3ro mor4sp mor4st mors5te. 5mos mo5sc mo4s5l mo3sta mo3t2h mot3j
mot3ol mot4st mots5te. 2m3oud 5mouw mou4wi mo3v m3ox 2m1p mp3ach m4p3af m5pan mp3arm mp5arts m4p3ec
m5pen m4p3erv mp3ins m3pl mp3lam m5plan mp3leg mp3lei mp3lev mp3lie m4plu mp5olie m5pon mpon4g
mp3ope mp2r mp3rec mp3red m5pres m4ps2 mp5sc m5p4se mp3sh mp5su 2m1r 2ms m3sam ms3ana ms3ap ms2c
ms3co ms3cu ms2j m3sje m1sl m2sle ms3len ms3lie m3s2m ms3ma m1sn ms3nee mso4 m3sol ms3or m3s2p ms4t
m3sta m1ste ms5tec m5stel m5sten m1sti m1sto ms5toc m4s5ton mst5s m3sy 2mt m1ta mte5re mtes4 mte5sta
m1th m1to m3tr m1tu 1mu mu5da mue4 5muilde. 2muit 2muk mul3p mu2m3 mu3no munt3j mu3sa mus5ta 5mut
mut3j muts2 muts5te 3muu 5muz 2mv mvari5 mve4 mvee3 mver3e 2m1w 1my my3e 2mz mze4 mzet5 4n. 1na 3na.
3naal 5n4aam 4n1aan 2naap n4aar. 4n3aard 5naars naars5tr naar5tj 5naast 5naat n3abd 5nabe 2nac na2ca
nacee5t n2aci 3naco 4n3act na5d4a nad4e 3nade. 5n4a5den 3nades 3nadi 4n3adm na5dra 2n1adv 5nae n3aë
4n1af na3f4lu n2a3g4 na1h 3nai 3naï n2ake na3k4l na3kr n3alb 3n4ale 5nalen 4n3alf n3alm 2naly 4nalys
3nam 4namb name5st n4ami n3amp n3a2na n3ank 3nant 5nant. 5nante n5antenn nan4t3j 2nap nap3ac 3na3p4l
na3p4r nap3s nap5st 2n1arb 5nares 2n3arg narie5t 2n1arm 3naro 4nars nar4st nars5te. nar5sten 4n1art
nas2 3na3sa na1s4l na1sp na3sta na3stu n4at. 3n4ati nat5j 4n3atl na3to nats4 nat3sp 5nau. 5naus
2na3v 5naven 3navi 3nazif na4zij 2nb nbe5st nbe5t nbots5te. 2n1c n3ce nces4t n3che ncht2 nch5tr
nch3u n5co 4nd n5da. nd3aan nd5aas nd3abo nd3act nd5adel nd3adr ndags5p nd3alf nd3alm n4d3ana n4dap
n2dar nd3art n4das nd3ass nda3st n4dav n4d3a4z n3de n4d3edi n4d1ei nde5laa n4d3emm n5den. ndera4
nder5aal nder5al nde4r5an n4d5e4rec nder5in. nder5og nde4ten ndi3a ndie4tj n4dijs nd5ijs. n4d3ink
ndi3o n3d2ji n5do. n5doc n4d5of nd3oli nd3omd n4don n5dona nd5ond n5dons nd3ont nd3oog nd3ope nd3opp
nd3ov nd5rap nd3rat nd1re nd4rek n4dres nd3rot nd3rug nd3s4cu nd4sec nd5set nd3s4i nd3sjo nd4sm
nd3sp nd4spo nd4spra nds5taal nd3su nd3uit n2d3u4r nd5ure n4d3uu nd1w n3dy 1ne 3ne. ne5ac ne3am
nebe4s 3neck ne2cl ne4dit ne3do n3edu ne5dw nee4 4need nee5k neel5d neel3o 3neem 4n1een nee5ri
nee5se neet3a neet5o neet3r neet5s 4n1eff ne3g2 ne4gel negen5en nege4re 4n1ei 5neien n5eier n2eig
5neigd 5nei5t ne4k3r ne2la 4nelem 4nelf 3nem 4n3emb 5n4eme 4n3e4mig 4n3emm 4n3emp ne2n 3n4en. 5nenb
5n4end. nen5do ne4n5enk ne4ni ne5nig nen5k4 nen1o4 5nenp nen5t4a ne5oc ne5ok ne5om neo5p ne5os ne5ot
nep3ag ne3pe nepi3s ne1ra nera4d 3n2e5re n3erfe 2nerg ne4r3id ne3ros ner4sl ner4sp ner4st ners5te
ner3u ne3ry 3nes ness5a ness5t ne3sta nes3te nes4tei ne5s4tek ne4ter net3on net4si ne2u 4neum ne3ums
neu5ste 2nex 3né 2n3f 2ng ngaat5j n2g1a2d ng3af ng3ana n4ga4p n2gar nga5sl n3gav nge4ad n4g3een
ngels5te. ng3emb n5gen nge4rap nge4ras n4giger n4gigs ng3ij n4gind ng3ink n4g3ins ng4l ng5lad ng5lam
ng5lan ng5led ng5leu ng2li ng5lin ng5lop n3goe ng3of n3goï n2g1on ng5oor ng5op ng3ore ng3org n3got
n3gr ng3rac ng3rad ng3rai n4gras ng5rass ng4red n4g4ri ng5rie ng3rij n5gron ng3rui ng2s ng4se
ngs5lop ngs5lu ng4s5ne ngs5tak. ngs5take ngs5trek ng5stri ng3uit 4n3h nhek5 1ni n4i2d nie5kle ni3eri
nie4s3p nie4tr 3nieu ni4g3ee nig3ra nij3f nij3k 2n3ijz ni5kr nik4s niks3p 3nil 3nim. 5nimf n3imp
2n3in. n3inb 2n1ind 2ninf ning3r 2n3inh n3inj 2ninr 2n1ins 2n1int 2n3inv ni3o ni4on. ni4one ni5or
ni5o5s4 nip3l 3nis ni4sau ni4sel ni4s3ev ni3sfe ni2s3i ni4sl nis5n ni3sot ni5stel nis5to ni3t2h
ni1tr nits4 n1j4 n3je njes4 nje5sp nje5st nje3t 4n1k nk3aan nk5aard nkaart5j nk3af n5k4am n4k3arb
nkar5s n4k3asp n3kef nk3eff nk3emp n3ken nken4e nker5ku nk3id nk2j nk3lad nk3lod nk3luc nk3lus
n2k3na n3kne n4ko4g nk3oge nkoot5 nk4ra n4krim nk3rol nk5se nk5si nk3sl nk3s4m nk3sn nk4s5o nk1sp
nk1st n4kw nk3waa nk3wez nk3wi 2n3l 2n3m4 n3n n5n2e nnee5t nne3ne nnepo4 nne4p5ol nne5te nnet4j nn4i
nning5r nnoot5 nno5v 3no. 1noc 1no3d 2noef noen5s noes3 noet5s n5offi n3o2ge n5ogi 1nogr 3noï no3kl
no3k2w no2li 1nolo 1nom 4n3om. n2oma n3oml n1oms n3omv 2n3omw 2nomz 3n2on. 3n4onb 3nonc 4n5ond
n4o5ni 4nont 3nood 4n5oof 4n1oog nooi5tj 3noot3 noot4j 3no3pa no4p3as 4n3opb no1pe n1opg n5opleidi
no4poo no4por 2nops 2n3opz 2nord no3re 2n1org 1norm 4norr 3nors 3norz 1nos no3sf no3sn no3sp 1not
3nota not5a4p 5noti not3j not3r 3nou. no3v 3nova no4ve 3nox 3noz 2n1p npers5te. npi4s5 npoor4
npoort5j n3ps 2n3r nraads5l n5re n5ri 2ns ns3a4d n3sag n1sal ns3alp n1sam ns3an n3sanc n1sap n3s4cal
n5scho ns4ci n4sco nsee5t n4sef nse4g ns5ege ns3eis ns5emp n3si ns3idi n2sin n5sing ns3inj ns3ink
ns3int n1sjo n1sl n5sla. n3s4laa ns5laag n5slag ns5lap. ns5lapp n4sle n5slep ns4let n5sleu n5slib
ns3lie n5s4liep n5slim n5slip ns5lot. ns3m ns5mac n3s4me n3smij n3smol n4smu n1sn n2sna n5sne ns3nod
n4snoo n4snot n1so n2s3ob n2sof n3sol n2son ns3ong ns3onz ns4opp ns4or n2s3ou ns1ov n4s3paa ns3pad
n1spe n5spee n5spel ns3per n4spet ns4pi ns1po ns3pol n4spot n1spr ns5q ns5s ns4t n1sta nst5aang
nst5aans nst3a4g n3stal n3ste ns5tec n4st3ei n4s5teko ns5teks n5sten. ns5tent n5ster. ns5tes ns3the
n1sti n3stig n4stijv n1sto nst5oef n4ston n3stor nst5rade n5stree ns5trekk ns5troe ns5trog nst5roos
ns5ty ns3uil n3sy 2nt n3ta n5taal n4t5aard ntaar5tj n5tab nt3ach nt4act nt1ad nt3aga n4t3art nt4as
n5t4at n3te n5tec n4t3ei nte4lo n5tem n5te2n nte5nach ntene5ten nte5rad nte4rof n3tè nt3ha n4tho
n5thol n5tig nt3inw nt4jo n3to nt4og nt4ol n4t5oli n5ton nt4oo nt5oog n4top nt3opl nt3opm nt3opt
n1tr nt3rec nt3rei nt3rel ntre4s nt5ribb nt5rij n5troos nt4rou nt3rus n5try nts3a nt5slu nt1sn
nt4sno nt1sp nt4spr nts5pre nt1st nt5ste n3tu n4t3uit ntu4n n5twijf n5t4wis 3nu. 3nuc 3nue nu3en
nu3et 4nuf 2nui 4n3uil nu2lo 3num nu2m3a 5numm nu2n 3nunc n3uni 2nu4r 3n4u5ri nu5ro 1nus nu4s3o
nu3tr nut4st 4nuu 5nuut nuw5a nu2w3i 2nv nve5na 2n1w nx3 n3xe nxo4 1ny 4n3yi 4n3yo 2nz nzet5s 3ñ 4o.
4oa o3aa o2ad o3af o1ag o3ah o3ai o1al oa2m o1a2n oa4tiev o3au o3av o3ax 2o3b 4ob. obal4 obalt3 3obj
1o4bli ob5oor o4b5o4r 4obr 4oca ocaat5 5o2cea o3cha o1che o3chi o3cho o3chr ocke4 4o3co oco3a oco3s4
oc3t4 od5ac oda3g ode4m5ar ode4mo ode5re odes4 odi3a o5dru od5sc od5sei od3s4i od2sl ods5lam od5slan
od3sli od5smak od4s3o od3spo od4spr ods4t od5sta od4ste ods5te. od5stek od5sten od3w o4e oe5an oe3as
oe2d3a oeda4d oede4n oe2d3o2 oe4dr oed3re oed3ri oed3ro oe2d3u oed3w oe3e oe5er oe4f1a 1oefe oe2fi
oe2fl oef3la oef5le oef3lo oe4f5o4 oe2f3r oege3l oeg5ij oeg1l oe4gou oeii4 oei3n oei5s4 oei5tj
oei3tr oe4kaa oek5erk oeke4t oe2k3l oe4k3op oe4k3r oe2ku oek1w oe4lap oe4lar oel5dr oe4l3ei oe3lem
oel5f oelo4 oe5loe oelo5p oel3sp oe4m3ac oem3o4 oen3al oe5n4e oen5gr oen3o oen4sn 2oep oep5ind oe4pl
oe5plo oe4p3r oe3pra oe4ps oeps3e oe2p3u 4oer oe1ra oe4raa oer5aal oe4r3a4l oer4e oer5ei. oer5eie
oero2 oe3roe oer3og oer5om oer4sl oer4sp oer4sta oers5tak oers5te. 4oes. oe3sfe oe3si oe4sli oe4s3o4
oes4ta oes4th oe3sto oe4taa oe2t3h oe5t4i oe2tj oe4t3o4 oe5toe oe4t3ra oet4s3p oet3w 2oë of3ar of3at
o4fav of4d1a4 ofd3ei of2d3o of2d3r ofd3w of3l o4fli o4flo 4ofo of3om o3foo of3op o3for of3ox of1r
o3f2ra of5se of4sl of5sla ofs3le of2sp of3spe ofs3pl of3spo ofs3pr ofs3tr ofs5tra 4oft of4tu oft3ur
oft3uu of3ui og5ac oga4l og3al. og5de og3di oge4d oge5laa ogel5ei 2ogem o3ger oge4ro oger5on oge4s3t
2og5h 1ogig og1l og5ne og3op og3sp og3sta og4st5ei og3sto og4ston og4str ogs5tro og3ui o3gy 2o1h
3ohm 4oi oi3do oi1e oi3j oi5k o3ing oi3o4 oi3s4 oi5sc ois2p oist2 ois5tj o3ï 2o1j 2ok o3ka. o3kaa
o4k3aas ok3ab ok3ag o3kal ok3ank o4k3a4z ok3ef o2k4l ok5let o4kli ok5lu o2k3n ok3o2l ok3op. ok3o4pe
okos5 o2k3ou o2k3r ok4ra ok1sa ok3s4l ok3sn ok5spri ok1st4 oks5te. ok5sten ok4s5tr ok5te okter4s
oku4 ok3ur ok3uu ok1w ok2wi o1la o3l4ab ol3ac o3lal ol3a2p ol3arm ola3s4m 4old ol3d4o ol3d2w o1le
o3le. ole5g ol1ei ol3eks ol3emm o3len o5ler oleu2 ole3um ol3exa ol2fa olf3l ol3fr olf5sl ol2gl
ol2g1o olg5rap ol4gre ol4g3ri ol2g3u o3lia o3lic o5lid o3lik o3lin o5ling ol3int o3lit ol3kaf ol5ke
ol2kr olk4s olk2v ollie4 o3lo o5loc olo3k ol4om o4lop ol3op. ol3opp olo3s4t olo4ve ol4pra 4ols ol5se
ol4s5h ol5si ol1sj ol3s4l ol3s4n ol3so ol3sp ol5ster 4o1lu ol3uit olu4r 4oma om2aa om1ac om1af o3man
4ome o4m3ef om3ela omen4s omen5ste. ome5ren omer5kl ome5sp ome5t om2i o4m3int 4omm 4omo omo5l omo3s
om4p5ei 5omro om3sl om4ste. om3ui 3omz on1ac on4ag o4n3am on4an on3ap ona3th 2onc on4d3ac on5d4as
on5der ond5ete on4d3id ond5ijs ond5om. on2dr ond3re ond3ro ond5sj ond5slo on3d4u on4dur o5ne. o3neb
o2n1e2c on3ei on3erf on3erv one3st 4onet. on1e3v ong5aan ong5aap ong3ap 4ongen ong5le ong2r ongs4
ong5se ong3sp ong3st on5id o5nig on4k3ap onke5lap on3k2i on4k3lo on3kn on5kw onnes4 onne5st o4n3of
ono3l on1on o2n1ov on3sc ons4e on5sei ons2f on3s4m on2s3n ons5op on3sor on1s2p ons4pe on3spl on1st
on5sten on5str 4ont. on4taa 3ont1h on4tid 3ont1s4 ont5sp 3ontv 1ont3w on1ui on3ur o4o2 4oo. oo3c
4oo4d ood1a ood1e4 oo5de. ood1o ood1r ood3sl ood3sp 4oof oo3fi oo4g oog1a oog3e oo5gi oog1r oogs4
oog3sh oog3sl ook3a oo3ke ook5l ook3s4 ook5st oo4k5w oo4l ool5a2 oole2 ool3ed ool5f ool5g oo5lig
ool3ij ool3k ool1o4 ool1u oom5a4 oo3me oom3i oom1o4 ooms5te. 4oon oon5a oon5du oon3in5 oon5k4 oon1o
oon5ta oo4p1 oopa2 oop5ee oop3o4 oop3r oop4sp oor3a oord5aa oor5dop oor1e4 oor3g4 oor5i oor5k oor5m
oor1o oor3sm oor5ste oor5sto 4oort oor4th oo4s oos3a oo5se oos5n oo4t oot1a oot3es oot3h oot5o oot3r
oot4sl o1ö 2opa o4p3ac op3ad o4p3af o4p3ak op3am o3pan op3and op3at. op3att 3opbre 3opdr o3pe. op3ee
op5eet op3ei o1pel o3pen. 3o4peni o5per. o4pera op3e4te op3e4v 4opf o1pi o5pic op3i2d opie5t op3ijz
op3in. o5pina o5pis 4op1j op3l op5los 1opn o1po opoe3 op1of o5pog o5poi o5pol op3ond o5poni op3ont
op3ord op3o4re op3o4v op1r op3ric o4pru o4ps op5s2c op5se op5si 3ops4l ops4m op3sma op3sn op3so
op3sp op3sta op3su 2opt 4opt. op5tr op3ui o2p3u2n o1ra or3ach or3act or3adm or1af ora4g o4r3alg
or3ana o5rate or4daa or4d3as or4denv or4do ord5ond ord3or ord3o4v or3dr or4drad ord3w o1re ore5ad
4orec oree4 ore4no or2gl o1ri o5ria 3orië o5rig. o5rigere o4r3ink or3ins ork2a or5k4e or3kl or5kn
or3kw or4m3ac or4mas or4m3ei or4n3ac or3ni orno3s4 or3oe o3rol or1on or3ont or1oo or1o2p or3or o3ros
or5ov 4orp or4p3ac orp4s5c or3sag or5sc or5se or3sli or3smi or3so or4son or3sp or5s4pa or5spu
or4t3ak ort5een or4t5ijl or2to or4tof or4t3oo or4tred ort5sp ort5ste or1u o3ry orzet5 2os o4sac
o5sas o3sau 4o3s2c osca4 o4sci o5s4cl os3cu o5sed os4el o5ser os3f os4fe o4sha o3shi os2ho o3si o4sj
os5jer. o4sk os5ko os3l os5li4 o4s3m os4n os5no o3s2o os3pa os3per os1pi os4pir o4spr os4s5m o2s3t
os4ta os5taal os5taar osta3c ost3a4g os5tan os5tar o3stas o3stat os5te. os4tem o5steroï os4th os4to
os5toli os5tou ost3o4v os5tra. os5traa ost3re ost3ri o3stro os5trum os1tu o3sty o3su o5sy 4o1ta
ot3aar ot1ac ot3af o3tag ot3akt ot3app ot3art otas4 o5tat o3te ot3e2d o5tee. o5tees o5teg ot3ei
ote4lan o5ten o5ter oter5sp ote4st ote4t ot3eta o1th o2t1ho ot3hu o4tj otje5sp otli2 o1to ot3off
ot3olv o5tom ot3ont ot3opm oto5po ot3opr o5t4or oto3s 2otr o1t4ro ot3ru ot5s4i ot2sl ot3sla ots3li
ot3smo ot3sn ot3sp ot4s3pa ot4ste. ots5tek ot5sten ot4stu o1tu ot3ui o3tul ot5w 4ou. ou5a ou1c
ou4d1a ou4des ou2do ou1e oue2t3 ou3k4 ou4ren ou5ren. ou5renn ou2r3o2 4ous ou3sa ous5c oust4 ou2ta
out3h out1j ou2t3o out1r out5sp out5ste ouw3a ouw5do ouw5ins o2v 2o3va o5ve. 2o5vee 3o4verg over5sp
over5ste o5ves 2ovi ovi5so 4ovl 4o3vo 4ovr ovu3 4ow o1wa o1we o5wen ow3h o1wi ow2n o3wo ow3r o4x
oys4 ozet5 ö3l ö1p öpe1 ö4r ös4 ös5t ö5su 4p. 4paan paar5du paar5tj 5paas 3pab p3acc 2pach pacht5s
p4aci 5pacu 3pad. pa4da 4padv pa3e 4p3afd 1pag pag2a pa4gen pa3gh p4a5gi 3pak pa2k3a 4p4ake pa4ki
pa4k5l 2p3alb 3pale pal3f pa3li paling5s palle4 palm5ac pal4mo pa4m pa3na pa4n3a4d 5panee 5panel
4pank pan5sp pan4tr 1pap pa4pe4t 5papi pap3l pa3po pa3pr 4par. 3pa3ra p3arb pard4 par3da 3park
par4ka par4k5l 3parl 4parm pa5ro 4parr par5ta 3parti part3j 3partn pa5ru paru5r 1pa4s3 pa5sa pas5c
pa5se pa5so pas4th pas5to pas5tr pa5te 1path p3atl 3pa3tr pats5te. 2paut 5pauz pa4vl 5paz 2pb4 2p1c
2p3d2 pe4al 4peci p3e2co 3pectu 1ped pe3de pe3do p4ee4 3pee. 3peeë pee5li 4peen 5pees 3peg 1p4eil
pei4l3a 4peis pek5ee pe2k3l pe2k3n pek5s p4el pe3l4aa pe4l3ak pel5dr pe3le pe4l3ee pe4l3e4t pe3l4i
pe3l4or pel5si pel3so pel3sp 2p3emm pe3na pe4nak pe4nap pe4nau pe4naz p3ency pen5d4r penge5 pen5k
5penn pen3sa pen5sl pen3sm pen5sp pent4 pen5to 2p3epi pep3o pep5s p4er. pe1ra pera3s4 per4at 3perc
pe4r5eg pe5req 1peri peri3s per1o pe3ron pe5ros 3pers per4sm per5sti per4str p2ert 3pes pe3sa 3pet.
pe5ta 5pe5ter 3peti pe4t3ra pets5te petu5 3peuk 5peut 1pé 3pê 2p1f 2p1g pge5s 2p1h4 4p3ha 3p4hec
p4his 4pho pi3am pi5an pi4at 2pid piek5la 5piep pie4r3o pie4s3p pie4tj pi2g5a pi3gl 3pij. pij3k
pij5ke pij4li 3pijn 5pijp pij4p3a 2pijz pi4k3l pilo5g pi5nam 2pind 3pinda 3p4ing 5ping. pin4ga
pin5gri 4p3inj pink3r pink5s 4pinr 2pins pin4ta pi5o pis5n pis5ta pi3th pit3j pit3r pit4sp 2p1ja
pjes5 p3ji p1jo 2p1k pkaart5j p2l2 p3la. plaat5j 2p3lad pla3di 4p3lamp 4p3lang p4lant p3lap 1p4las
3p4lat pla4t3r 5p4lay p4lec plee5tj p3leid 3p4len p3lep pleu5ro p4lex 2p3lig 4plij p4lom p3lone
p5lood plooi5tj p3loon p3luie 2p1m pmans5t 2p1n p3na 3pneum 3po. poda5 3poei poe2s3 poes5t poets5te.
3poez 3poë p2ofa 3pogi po5gr po2k3i2 po4kol 1pol po5l4o polo3p pol4s pols5te. 1pom 2p3oml 3ponds
pon4sm pon4st pons5te. pon5ta 5pony poo3d poo5de 4poog. 3pool poo5len 4poor. poor4tj poot3 po4p3a
4popd 2pope pop5h 2p3org 2p3ork po3ro p4ort 5portef por4to por4t5ra po3ru 1pos po1sa po3sf po4taa
po4t3as po5te potes5t pot1j pot3r 3poul po3v 4p3p p5pa p5pe ppe4l3o ppe5ni pper5ste ppie5k ppij5p
p4ps pr4 p2ra 3pra. p5raad praat5j p5rad 3prakt 4pram p5rand 3prao 4p3rap p4rat p4rax 4preeku 1prem
p3remm 3prent pren4t5j 3pres p3reso 3pret pre4t3j pret3r 4pric 4p3riek 4priet prie4t5j 1prij 3prik
3princ pring5s4 5prins 3p4rio 3p4riu 5priv 5p4rob 3p2roc 1p2rod p3roed 3proef proet5j 3proev 5p4rof
5p2rog 1proj pro3la 3prom p3rood prooi5 pro5pa p4roq 3pros pro5sc pro4s5t pro3t4a 3proto 3pro5v
4proy pru2t prut3o4 2ps p3sab ps3a2g p3sak ps3ar ps3ass 4pse ps3erk p4s3et p3si p4s3i2d p4sin p5sis
p1sl ps3le ps2me ps5mi p4s3na ps3neu p4sof p3sol ps3opt pso4r p1sp ps2pl ps3ple p1s4t p3stat p3ste
ps5tent ps5tes ps5th ps3tor ps5tron p3stu ps5ty 3psy 5psyc p3sys 4p1t pt3ad pt3alb p3te p2t1h p5ti
pt3j p4t3o4v p3tr pt3ric 1p2u 3pub pu3ch pu3e puil3o pul4st 3pun 4pun. punt3j 3put. puter5in put1j
pu2t3o put3r put4st puts5te. 2pv pvan4 pvari5 2p1w 1py1 2p5z 1q 5qe qu4 que4s 5quo 4r. r2aa 2raan
4raand 3raar 5raar. 4r3aard 5raars raar5tj 2rac ra4ca ra3ce 5racl rad4a 3radb ra5den ra3di 5radia
3radio 4radm 4r3adr 3rad3s 4radv 2rafd r4aff raf5ond ra3fra 3ragez ra5gi ra3g2n ra5go rag4s 3rais
raket3 ra3k4l rak5r 4r3a2la ra4l3ee 4r3alf r3a4lim r3alt ra4man r5ameu ra3mi r2amp 4rana ran4dr
ran4g3o ran4gr r5angst. ra4nim 4ranj ran4kl rank3w ran4sa ran4st ran4t3j r3antw ra3o 4rap. ra3po
4rappa rap5roe ra3q 2r3arb r4a5re 4rarit 2r1arm 4r3arr 2r1art ra5sei ra4sk ra4sl ra1so ra2sp ras3po
rast5ri r4ati rat5j ra4tom ra4tra ra5tri rat3sp rat4st rats5te. ra3t4u 2rau 3raus r1aut 5ravr ra4zij
rbe4ti r1c r3ce rces3 r3chi r3co 2r1d r4d3act rd3alk rda2m rd5ama r3dan r2d3ar rd3ei r4d5e4las
rden5dr rde5o4 r4derva rde5s4t rdi3a rdi5o rd5l r3do r5doc r4d3ol rd5olie rd3ont rd3oos rdo3pe rdo3v
rd3ras rd3res rd5roos rd2ru rd3sa rd3s4c rd3so rd1sp rds4t rd5sta rd5ste rd3su r3du rd2wi rd5wo 3re.
1reac re4ade 4reak re3amb 4re5at re3co 3recr rec5ta 3reda 3redd rede4s3 4re4diti 3redu re5dw ree4k
2r1een ree3n4e r5eenh ree2p reeps5 ree5r4ad 4reers reer5ste r3eerw ree4s ree5sh r4ef 4refb 2reff
3refl re3fu 1reg 4reg. 4regd rege5ne rege4s 4regg 3regi re3gl 4regt 4reie 4reil 4reind rei5tj 5reiz
re4kap 5rekeni re2k3l re2k5n re4ko re4k3re rek3sp re4ku re1kw rel4di rel4d3o reld3r re4l3ei rel5k
re4lu4r 3rem. re4mai remie5tj re5mo5v 2remp 3r4en. re2na re4naa ren5aar re5nade re3nal re4n3an
ren3a4r r4end 5rendee r5endert re5ne. re4nel re5nen. ren5enk ren3e4p re5ner. ren5erf ren5erv 5renf
2r1eni 5r4enkl r4enn re4noc ren4og ren4opl re3nov 5r4enp 4renq ren4sl r4ento r3entw r5enveer re4of
re4op4 re5pa 3repet re4pie 4req re3qua 4r1erf 2r1erg re3r2o rer4s 2r3ert 4r5erv 2rerw re3sa re5se
re4sl res5le res3m re2s1p res3t re4tem re3t4h ret4i re4tik re5tin 2retn re4t3o4g re4t3oo rets5te.
re2u reur5es reus4t reu5ste 3revis 3revo 2r3ex r4f3aa rf3act r2f3a4g rf3al r3fas r3fe r4f3eng r1fl
r4f3lag rf3lev r2f3li rf3lus r4f3op r1fr r4f3re r5frea rf2s2 rf3sm rf3sp r4f3u4r rf3uu r1g r4g3ab
rg3amb r4g3een rg3ei rg4eis rgel5dr r5gen. rge4ra rge5rap r4g3ins r5glas r3glo r4g3lu rg4o3v r5grij
rg3rit r3g4ro rg1s4 rg2sm rg5so rg4s5pr r3h ri5abel ri4ag ri2ak ri5an rias4 ri4av ri4bl 4rice ri3co
ridde4 ri3di ri4dol ri4doo rie5dr rie4k5ap rie5kl rie3kw rie4la riel5aa rie4lei rie4ro rie4ta riet3o
ri1eu ri3fl ri3fr r4ig ri4gaa ri3gl 5rigste r4ijl 4r5ijl. r5ijld r5ijlt rij5o rij3pl rij3pr rij3sp
rij5ster rij4str 4rijv ri4k5l rik5n ri3k4o ril5m ri3ma rim4pr 4r3inb 4rind ri5ne 4r5inf r4ing
4r5ingan r5ingeni ring5l 4r3inh ri4nit rin4k3l r3inko 4rinkt r3inl 4r3inna 4r1inr 4rins r3inst 4rint
4r1inv ri5on ri3o5s ri4sam ri3sc ri3sot ris5to rit3j rit3ov rit4st rits5te. rit5sten 3ritt r5j4
rjaars5 r5ka. rkaart5j rk3adr rk3af r2kah rk3ang r4k3art r2k3ei rke4n rken4s rker4sl r4k3erv rke4s
rke5stree rke5strer rk5iep rk3ijv rk3inb r4k3ink rkjes5 rk3lag r4k3lat rk5leid r2klo rk3loo rk3lus
r3kn r4kne r2kob rk3olm rk3omg rkoot5 rk3opg rk3ord rk5os. rk5oss rk2r r5k4ran rk4ri r5kris r5kron
rk1s rk3s4f rk5si rks4p rk4t5e4v rkt3h rk4ti rkt3o rkt1r rk3uit r1kwa rk3waa rk5wat rk3wee r1kwi
rk3win r3l rlaat5ste rle4g3r rlink4s rlinks5te rlofs5 rlui5t4 r1m rmaf4r r4m3art r2m3eb r2m5eg
rme4r3a4 rmes3 rme4t3j rmet5st rm3inh rmi2s r3mo r5moe r4mop rm3opm rmors5te rmos5f rm3s4a rm1st
rm3uit rmun4 2r1n r3na r5n4am r4n3ap rn3ars rnee5t r4n3ene rnes3 rne5te rne4t3j r2n5id r2nin r2n1on
rn3oor r5noot rn3ops r5not rn3ove rns4 rn3sm rn3sp rn1st rn3sta rn3th rn5tj rn5to r3nu rnu5r ro1a
ro5ac r4oc ro1ch ro3d4o 3roe. 4roef 4roeg roe4g3r 3roem roens4 roen5sm roep3l roe4rei roet4j 4roev
3roë r5offi r4ofi ro3fl roges5 1roï ro3kl 3rokm rok3sp r4ol. ro2l3a role5st rol3g2 2roli rol3ov
ro5ma ro3mo 4romz r2on. ron3a4d 5r4onal ron4da ron4d3o ron4d3r ron4d5u r2one r2oni r2onk ron4ka
r2onn r2o1no r2ons ron4ste rons5te. 4ron2t ront3j ront3r ro3nu 4ronv 3roof 2roog 4roon 2r1oor
root5ste ro3pa ro4paa ro4pan 4ropb ro1pe ro5pee ro4pin ro3p4la 4ropn r4opo rop5rak rop3sh r4opte
ro4pu ror5d ro3ro ro3sa ro5se ro3sf ro3sh r4o5si ro3sp ros4s5t ro5stel ros5tra ro5te ro3t2h rot3j
ro5ton ro3tr rot4ste rots5te. r1oud 3rou5t4 ro3v ro4ve ro5veri 4roxi 3roy r1p r3pa rp3aan rp3adv
rp3ank r5pee rp3eis rpi3s r2p3j rp4lo rp5lod rpoort5j r4p3o4v r4p3rec rp3ric rp4ro r3psa rp4si rp2sl
rp3sli rp5spe rp4s5to 2r5r rre4l3u rren5s4 rre5o rreu2 rri5er. rrie4t rron5k rrot4j 4rs rs3a2d
rs3a2g r3sal rs3alm rs3amb r3san rs3ana rs3ap rs3ar rs3as rs4asse rsa4te r5schi rs2cr r4s3eis
rsek5ste rs4et rseve3 r2s3ez rs4fer rs4hal r3s2hi r3s4hoc rs3hot rs3ini rs3int r4sj4 r5sjac r5sjou
r5sjt r3s4kat r1sl r4slan r5slec r5slep r5sleu r5slib rs4lie r5sling rs3lob rs5loep r4s3loo r5sluis
rs4m r5smaak rs5maal rs5mak r3sme r3smij rs5mis r5smit rs5mu r1sn r2s3na rs3neu r2s3no r1so r5sol
rs3ong r2sor rsorkes5 rs1ov r1sp r3spaa rs3pad r4s3par rs4pare r3spe r5spec r5spee r5spek rs4pene
r4s3pet r5spit r5spoe r5spog r5spon r5spoo rs3pot r5spraa r4spu r5spul rs3put r1s4t r4s5taak
rst5aang rs5tas r5stat r3ste r4s3te. r5ster. r5sterk rs5term r5sters r5stes rste5st r4steva r3sti
r4stit r3sto rs5toma r4ston rst5ora r3str rs5trap r4st5red rs5trei r5stren rs5trog rst5roz r3sty
r3su rs3usa r3sy 4rt r1ta r5ta. r4t3aan rt5aand rt5aanv r4t1ac rt1ad rt3af. rt3aff rt3am r5tans
r2tar rt3art r4tau r2tav rt5c r5teco rt3eig rt3eil rte4lei rt5emb r5ten. rte5nach rte3no rte3ro
rtes4 rte5sta r2t5e2v r4tha rt1he r3ther rt3hi r1tho rt3hol rt3hu rt3hy rt4ij rtij3k r4t3ini r4t3ink
rt5jesc r3to rt3off r5tofo r5tok rt3om. rt3ond r4t3op r5tori r1tr r3tra rt4rap r4t3ras rt3rec
r5treden. r3t4rek r4t3res rt3ri r4t3rol r2t4ru rt5ruk rt5rus rt4s5eco rt5sei rt2s3l rt3sle rts5li
rt4slu rts5m rts5no rt4soo rt1sp rt4s3pr rts5ten r1tu rt3ui4t rt3w rt2wi 5rubr rude3r ru1e 4ruf ru2g
ru4gr r5uitr ru2k 4ru3ke ruk3i rul3aa rul3ap ru2li ru4l3ij ru3lin rul5s r2um ru2mi 3run. r2und
runet3 4r5u2ni ru3niv ru4r ru5ra ru5re. ru5res r2u4s rus3e rus5tr 4rut rut3j rut4st ruts5te. 4ruu
ru3wa rvaat5 rval4st rvals5te. rvers5te. rves4 rve3sp rvloot5 r1w rwen4st rwens5te. r4wh rw2t3j r3x
r3yu 4rz rzet5st 4s. 5sa. s1aa 1saag 5s2aai saai4s 3s2aal 3s4aat 1sab sa3bo 2s1ac sa2ca 3sacr s1adv
2s1af 3safe 3safo sa3fr s5agg s4a3gi 3sagn sa3go 3sah 3sai 3saj 2sak 3saks s1akt s2al 5sal. 3sa3la
3sald 5salh s3all 4salm sal5ma s3aln 3s4a3lo 3s2ame 5samm sam5p 4sa2na sa3nat s4anc s2a3ne s4ant
san4t3j sa2p 3sap. sa3pa 2s3ape sa4pr sa5pro sa3ra s1arb 3sard sa2re s1arm saro4 sar3ol s4ars 4s1art
sart5se 4sas. 3sasa sa3sc 3s4ast 1sat 3sa3te 5sati 2s3atl 2s1att s3aud 1saur 3s2aus s1aut 3sauz 1sax
4s3b s5ba s5be s5bo 1sc 2sca 4sce 5scena 5scè 3s4ch2 4sch. sch4a 5schak 5schap 4schau 5sche. s5chec
4schef 5schen 4scheq 5scher 5schev 5schew s2chi 4schir 5schol 5schoo 5schot sch5ta 2sci 4scl 2sco
3s4cola 3scoo 3scope 5scopi 3s4co5re 3scout 2scr 4scris 2scu 2scy 4s1d s5de s4dh sdi5a sdis5 s3do
s5dr s3dw 3se 5se. se2a se3ak se3al sear4 se3au s4eb 4s3ech se3cr 5sect 4secz s4ee 4s5eed 5seei
4s1een s5eenh see4t see5ts 4seev s1eff se3ge 2s5e2go seg2r 4s3ei. 4s3eig s4ein 5sein. 5seine 2seis
seis4t sei5tj 5seiz sek4st seks5ten se1kw s2el 5s4el. sel3ad se4l3a4g se4lak se4las se3le 4s3e4lek
sel3el 4se4lem 4self se5ling 4s3elit sel5k 5selm selo4 5selp 5s4els sel3sp 5selt se2l3u s4em se4m3ac
s5emm sem3oo s4en 5sen. se4n3a4g se5nan se4net 5sengr 5senh sen5k se4n3o 4s5enq sen5tw 5s4er. se1r4a
ser5au 5se3r4e se4ree se5ren s4erg 5sergl s5ergo 5sergr ser4i se5rij 4s3ern se3ro se5rop ser2s
sers3p ser3st sert5w se3ru s4es se5sc se3sf 2s5esk 5sess se4t se5ta 4s3ete se5ti se3tj set3r se5t4ra
set5st 4s5etu set3w se3um se4ven 4s1ex 4sez se2ze 3sé 3sè 2s1f 4sfed s5fei 4sfi 4s5fr 4sfu sfu5m
4s5g sgue4 s1h s4ha. sha4g s5hal. 3shamp 4she sheid4 sheids5 s5hie 5s4hir sh3l 4shm s3hoe s3hoo
3s4hop s2hot s3hote 3show s5hul 1si 5si. 5s4ia si5ac si3am si5an 5sic sici4 si3co 3sie. 3sieë sie5fr
sie5kl siep4 sies4 sie5sl sie3so sie3st sie5ta sie5to si5è si1f4 5s2ig si5go5 s3ijv 4s1ijz 5sile
4s5imper 3simu 5sina s3inb 4s3inc 4s1ind 2sinf sing4 3sing. s3inga s5ingeni sin3gl s3in5gr s3inh
4si2ni 4s3inko sin5kr 4s3inm s4inn 4sinr 2s1ins 2sint 4s5inv 4s3inz 3sir 5siro s3irr si4s sis3e4
sis5ee sis3i sis5tr 3sit si5to sito5v si3tr si4tru si5tu 3siu 3siz sj2 4sj. 3s4ja. 5sjab 4sj3d s1je
2s3je. s5jeb 3sjee 3s2jei 1sjer sje4ri s3jes 3sjew 3s4jez 4sj5k4 5sjof 4s3jon sj3s2 sjt4 s5ju 2s1k2
skaart5j s5kad s4kele s5ken 3s2kes sk4i 3s2ki. 3skied skie3s 3skië ski5sc s2k3j s3ko s5kre sk5ruim
sk3ste 4sku s3k4w s2l4 3s4la. 5s4laan 5slaap 4s5laar 4slab s4lac 4s3lad 3s4lag 5slagm sla4me s5lamp.
s5lampe 4s5land 3slang 3slap 5slape sla3pl 4s3las 2s3lat 3s4la5v 4slaw 3s4laz s3led 3s4lee. 5sleep
4s5leer s4leet slee5tj 4s3leg 2s5lei s5leng s3leni slen4st slens5te. 3slent s4lep 4s5ler s5les
sle4t3j 3s4leu s5leug s5leus 5sleut 2s5lev s3li. 4s3lic 4slid 2slie s5lied s3lief 3s4lier s3lif
s5lig 4s3lijf 5slijp 4s5lijs s4li4k sli2m slim5a s5lini 4slinn s4lip 4s3lit slo4b5 2s3loc 3s4loe
3slof 4s3log s3lol s3lood s5loon s5loos 5s4loot3 s3los 3slot slo4tr 4s3lou 4s5loz 4s5luc 1s4lui
4s5lui. 4sluid 5sluis. sluis4t slui5ste 5sluit 5sluiz 4slun 2s5lus 4s3ly s1m 4s5maat 3smad 3smak.
3smal 2s5man s5map s4mart 4s5mat 4s5mec 5smeden 3smeed 5s4meet 4s5mei 4smelo 4s5men 4s5mes3 5smid.
smie2 smies5 s4mij s5min 5smok s3mon 5smuilden s5muile 5smuilt s2n4 s5nam 5s4nap s4nar 3snau 3s4nav
3s4ned 3snee snee5t s5neg 5s4nel 2s5nes 4s5net sneus4 sneu5st s5neuz s3nie 1s4nij s5nim 3s4nip
4s5niv 4snod 3s4noe s3nog 2snoo s4nor. s3norm sno5v 3snuf s4nui 2snum 3so. so4bl so1c s3oce 3s4o3d
1soe 2soef 3soep soes3 2s1off 3soft 2so2g 3so3ga s1oge so3gl 3sogy 5soi 3soï 3sok s2ol 5sol. so3la
so3le so3lis 3so5l4o3 solo5v 5sols s2om 3s4om. 5somm 2s3oms s3omv 2somz 5s4on. 3sona so5nar s3onb
2s1ond 2song 3sonn 3so3no s4ons 2s1on4t3 4s3onv s3onw 3soo 4s5oog 4s3ook 4s3oor. s3oord 4s3oorl
5soort 2s1op 3s4op. 4s5ope so3phi s2o5po so3pr 3s4opra sop4re s2orb s3ord 2s1or3g 4s5ork sor4o
so3ror sor4st 3s2ort sos4 so3sf s4ot s3oud sou2l sou3t 2sov s1ove 3so5z 4sp. sp4a 5spaak s3paal
5spaan 5spaat 2spad 2spak 5spake s4pan 3spann 4s5pap 5spar. s4pari 5sparr 2spas5 5spatt s3pau 5s4pea
4spectu 3s4pee speet3 4s3pei s4pek 5spell 4s3pen s5pen. spe4na s5pep 4sper s4per. s5peri s4perm
5s4perr 4spes s3pez s3pid 1s4pie spie5tj 4spijn 4spijp s5ping 5s2pio s3pis spi5sto 2s1p4l 4s5pla
s4plet s2pli4 5splin 3split s3plo s3plu sp4o s2poe s3poes 4spoë 4spog 4spol 2s3pom s4pon. s4ponn
s2poo s3pop 5s4pore s4pori 4s3pos 5spots 4spou 4sprakt 5spray s5pred 5sprei s4prek 4sprem 4spres
5spreu 5spriet 4s5prij 4sprik 4sprob 4sproc 4s5prod 4sprof 4sprog 5s4pron s4proo 4spros 4s3ps 4spt
s2p4u 4spub 5s4pui 4spun s4pur 5spuw s4q 4s5r sraads5l sro5v 4s3s4 ssa1s2 s4sco s4s5cu s5se ssei3s
sseo4 s5si s5sl s4spa s5spaa ss5pas s5su s5sy s2t 4st. 5staaf 5staan. 4staang 4staanw staart5j
s4taat staat5j st3abo 2s4t1ac 3stad 5stads 2staf 5staf. sta4fo s4tag s4tak 5staki 4stakk st3akt
4s3tali 5stam. 5stamm 3stamp 3s4tand stan4s s4tap 4stapo s4t3arc 4stari 2stas stasie4 5statio 4stau
st3aut s4tav 4stavo 4s5tax 4staz 2stb 2st5c 2std 4stea 5steak 4stec s5tech 5steco 3s4ted 4stedu
3steek 3steen 4steenh s5teer stee5t 5stein 5stekar 5stekk 5steldh ste4lee st5elem 3stell 5stem.
5stemd 5stemm 4stemo 4stent 4stenu ste5ran 4sterm ster5og st5e4ros 5sterren s5teru 4ste4s 4s4t3ex
s4t3e2z 2stf 4stg 4sth s4tha st3hed st5heer st3hek s5them s3ther st1hi s4t1ho s4t1hu s4t3hy 2stia
2stib 4sticu s4t3id 5stiefe s5tiev 4stijd 3s4tijg 5s4tijl st3ijs 3stils s4tim st3imp sti5ni 4stins
4s5tint 4stite 2stiv st3ivo 4s4t1j 2stk 4stl 2stm 2stn 2stob 2stoc 4stoef 3stoel 5stoel. 5stoele
4stoen 4stoer 4stoes 4stoez 3s4tof st3o4ge 5s4tok s4tol sto5li 4stoma 4stomz s4tong 3s4too 4st3oog
stoot5j s4top st3o5pe st5opto 4stora sto4rat 4stord sto5ri 4s5tos s4tov 2stp 1s4tr 4stra. straat5j
4st4rad 3stra4f 5straf. s5trag 4strai 4st3rec s5tref 4streg 4s3trei 5strel 3strep st3rif st5rijp
s5tris 4s3troe s5troep st4rom 5strook 5stroom 4stroos st5roos. 4s5trou 4stroz 3stru 4strui. 5struik
4st1s4 st3sc st5se st3sf st3sk st3sl st3so st5sp st5st 2st5t2 1stu 4stub 4stuc 5s4tud 4stuin stui5tj
st5uitk 5stuk 2s4tun st3uni stu4nie 4stus 2stv 2st3w 2s4ty 1styl s5typ 2stz 1su 5su. 5sua 5su4b1
suba4 sub5e su5bl 5suc 5sud 3sug 2sui 5suik 4s1uit 5suit. s5uitl 5suits. 5suk 3sul 5sum 4s1u2n 5sup
5surv su4s sus3e suur5 4s5v svaat5 svari5 sve4r sve5ri 4s1w s5wo s4y 3sy. 4syc 3syn sy4n3e 1sys5
4s5z 4t. 3taak. t4aal t5aando t3aank taan4st t3aanw t3aap taar5sp 4t3aas taat4st taats5ta 3tabe
3tabl 2tac ta2ca 3t4aci 4tad ta4de t3ader 5tado t3adr tad4s3 t3adve 2taf. 2t3afd 5ta3fe 4taff t3afha
t4afr ta3fro 4t1afs 2t3afw 4tafz ta4gaa 5tagee 5ta5g4l tag3r 5taka 5takg 5takken ta3kl 5takn 5takp
5tak3r 5taks t2al ta3laa ta5lact 4talb 5tale. 5talent ta3li 5talig t5allia talm3a 4talt ta4mak 4tamb
t3amba 5tamen tament5j 4tamp t3ampu 5tan. 4t3a2na ta3nag ta3nat tan4d3r tan4k5r ta3o t4ape 5tapi
ta3pl 5tapo ta3q ta3ra 4t3arb 5tari 4t1arm ta2ro4 tar5sp tar5taa t3arti 3tarw 3tas 5tasa 5tasj 5taso
ta3s2p ta3sta ta3str ta3sy 4tata 4tatio tat5j 4t3atl 3tatr 3tau 4taut 2t1avo 3tax t3a2z 4t3b tba2l
4t3c t4ch t5cha t5che t5chi t5chu 4t3d2 tdor5st tdo3v 1te 3tea te3akt 5tea4m 3tec 4t3echt 4teco
te4dit t3edu tee2 teeds5te. tee4g 4teek tee4k3l teem1 4tee4n t5eenhe 3teer tee5rin tee4t 4t3eeu t4ef
t5eff 3tefl 3teh 4t3eier 4teig tei4lo t4ein t5eind 5teit tei5tj 2t3eiw 5tekene 5tekens 4teker 4tekk
3teko te4k3om 3teks te3kw te4k3wi t4el tel5ant te4lap tel5da 4telec 5teleco t5elect tel5een 5telef
5teleg tel5ei. tel5eie tel5eit te5lel 5telev 5te5lex tel3f tel5k te4loe te4l3o4g tel5oog te4l3op
telo4r tels4 4telse tel3so tel5su te4l3uu t4em 2temb 4temm te4mor tem3ov 5temper 5tempo t4en ten4ach
ten3a4g te3nak te5nare te4nau tene2 ten3ed ten3el tene4t 3tenh ten5k4 te5nore 4t5enq ten5scr ten3sn
ten3sp tensu4 tens5uu 3tent 5tenta 5tenten. ten5to t3entw 5tenu t2er teraads5 te4r5aak ter3a4b
tera5ca te4rad tera4de te4r5af ter3ag te3ral te4ran ter3ap ter3as 5terec te4rei ter5eik te4rel
te4rem te5ren. te4r5enk te4r5env 4t4erf. 4terfd ter3fr 4t4erft te4r5in. 3terj 4terk. 4terkt ter3k4w
3term 5term. 5termi ter5oc te3rod te3rof te3rog 5teron te5rons tero5pe tero4r te3ros 5terrei 5terreu
5terror ter4spr ter5ste. ter5ston 3tes te3s4ap tes3m te3so tes3ta te5stel tes5ten test5op test5ri
test3u te3ta te5tr 4t3euv t4ev t5e4van teve4r 5tevl 3tevr 2tex 3tex. 4t3exe 4texp 1té tè3 4t3f 4t3g2
tgaat5 t5ge tge3la tger4 4th. 2t1ha t3haa t4haan t4had t3hak t5ham t4hans t3har t3hav 5thea t3heb
5thee. 4t3hei 4t3hel 3t2hen 5theo 1t2her 5the3ra 4t3here 3thes 3thet t4hin 4thm t1hoe t2hog t3hok
t1hoo thoof5di 4t1hou t3houd 5thous 4t3hov 3thr 2thu t1hul 4thum t4hur 3ti 5ti. 5tia ti5ab ti5ae
ti3ap 5tib 5tica 5tice 5tici 5ticu ti3d4 5tie. tie5d4 5tiefs tie3kn tie4kon ti3enc tien5st 5tiep
5ties tie5s4l tie5ta tie5to tie5tw ti1eu 5tieven ti3fe ti3fr ti2ga tig5aa 4tigm ti4gu4 tig3ur 5tijd
tije4 tij5ka tij4kl 5tijn tij5p t3ijs. tij3st tij3t2 tij5tr tij5tw 4t1ijz ti3ko ti5kr t4il 4tils
5timm 5timo tina4d tin3as 4t3incu 4t1ind 4tinf tin4g3i ting4sa t3inh ti4nit 4t3inj t3inko 4t3inl
t3inq 4tinr 4t3ins ti3nu 4t3inv 4tinw ti5om ti3o4p5 t2is ti5sa ti3s4j ti3sl ti3so ti4son ti3s4p
ti3sta 5tite ti3th ti1t2r 5tivi ti4vo 1tj2 2t1ja t5jaa t5jee t5jek t3jen t5jet 4tjeu 2tjo t1jou 2tju
4t3k2 tkars3 4t3l t5le. 5tleb t5les tli4n 4t3m tmen4st tmens5te tmos5 4t3n tna4m3o tne4r tnes4 5to.
toa2 to3ac to3ar to5bl 3toc 1toch 3tod to3da t4oe toe5d4 3toej toe5k 5toe3l4a toe5le 5toelic
toemaat5 5toen to5ende toe5pl 3toer 5toeri 5toern 5toe1s4 toe5st toe3tj 3toets 5toets. 5toetse
toets5te. 3toev 5toez to2f tof5ar tof5d to4fr tof3th 3togn 5togr 3toi to4kan tok3s t2ol to3la 5tolaa
to5le 5tolet t3olf 2toli 5tolic to4lie tolk5s 5tolo tolp3r t3oly 4tom. 5tomaa tomaat5 t3oml to3mo
tom4p3j 4t3om5s 5ton. 4tond 3t2one 5tonee 5to5nen to5ner 3t4ong 5tong. 3t4oni 5t4onn to3no 5tons
ton3sk too4m toom3e 5toon t4op. top5art top3as to3pen to3pet to3pi 2topm to4po to5pos t4opp to4pu
to5pus t3opva 5tor. to3ra to4r3ag t3ord to5rec 5torens 4t1org t5orga t4ori 3toria to4rië tor3k
tor4m3a toro4 to4r5oli to3rom 5torr 3tors tors5te. to3r2u 3tos4 to3sa to1sl to1s2p tos5te 5tota
to3tr 2t3oud 3tour tou4r3e to3v tove5na to4vens 4toverg to3w4 4t3p4 tpe4t3 tpi3s tr4 3tra. 4t3raad
5tracé 5trafo. 3trag 4tragez 3t4rai 5train 5traka t3rake 3trakt 3trans 5transa 5trap. 5trau 4t3raz
3t4re. 4trea 2trec 5tred. 4treda t5redes 4tredu 3tref 4t5reg 4t3reis 4treiz 4trel t3rese t3resu
tre2t3 t4reu t3rib. 5tribu 5trico trie5ta trig2 2trij 5t4ril tri5ni 5t4rio4 t3risi t3rit. 5t4riti
5trody t3roed t3roes 5trofy 3trog t4roï 5troj 4trol. 5trola 5trolo 5tromm 5tron. 5trona t5rond
3trone 5tronn 5trono 5trons tront5j t3rood 5troon t4roos tro5pi t4ros 5trotu 3trou 4t5rout tro5v
5truc. 5truf 4trug 5trui. 5truie t3ruim trui5t4 t3ruk t4rum 4ts ts3a2d tsa4g ts1am t3sap ts3as tse4d
ts5een t4s3ei ts5eind t4s5ene t4s3eng t4s3erg ts5erge t4s3e2v t2sij t4s3ink ts3int ts2j ts3ja t3sjen
3tsji t1sl ts4laa t3slac t5slag. ts3lam t2s3le t5slib t5sloe t3s4lu ts2me ts4moe ts3neu ts4no ts5nor
ts5not ts3nu ts3ob tso2l ts3oli ts3om ts1on ts4opp ts1o4r ts1ov ts3pad t3span t5spec t4s3pet t3spi
t4s3pil t3spoe t3spoo t5s4por ts3pot t4spro ts4pru ts5q ts5s t3sta t4staak t4s5tank ts5tant t4star
t4stas t3ste t5sted t5stee ts5teko t5stell t5stels t5stem t5ster. t4sterr t5sters t5s4tes. t5steu
ts3th t1s4ti t3stij t5stijg t5stil ts5tin ts5t4j t1sto ts5toep ts5tong t4store ts5trad ts5trei
t3stri ts5troe ts5ty t4su4 ts3ur ts3us ts3uu t1sy 4t3t t5t4a t5te tte5loe tte5l4op tte2n tten4t5j
tte5ri t5tlet tt3oog ttop2 t5t4r t5tum tt3uu 3tua 3tub 3tuch 3tu3e 5tueu tu3és 3tuig 5tuin 4tuip
2tuit tuit4j 4tuk tu4k3i tul5pi t4um 5tune 5tunn tu1o 5turb tu3ri 3tu4s3 tut3j tuurs5la tu3wa 4tv
tvaat5 t3ve 4t1w 3t4wijf t2win 1ty1 3typ tys4 4tz t3za t3zi t5zw u1a u3ac u3an ua5ne ua3p u5ar.
uar5t ua3sa uat4 2u2b ub3ac ube4li ub5em u5bi u3bo ub5or 4uc u1che ucht5sl uc4ki ucle3 uc4t3a uc4tin
u1d uda2 u5da. ud5am ud3ei ud3ess u4de4z ud3eze udi4o udi5ologe udi3om udoe2 ud3ond ud3oo ud3ov
u4d1r uds5lo uds4m uds5ma ud3sme ud3smi ud1st ud4sta uds5tak ud4sti ud1w u3ec ue2co u1ee4 u3ef u3ei
u1el u4ene u1er uer3il ue3st u1eu u5eul u3ez u3è u4f3an u1fl u1f4r uf2s u5ga ug4da2 ug4der ug2do
ug4dr uge4l5o ug3ij ug1l u2go ug3or u2g1r ug5sce ug4sec ugs4p ugs5pa ug1s4t ugs5tra u1h u2i ui5ac
ui2d3a ui2d1o uid4s uid3sp uid5spre uid5ste. uid3u ui3e uien4t ui2fa uif1l uif5r ui2fu 4uig ui4g5aa
uig1l ui2g3o ui4g3r ui4gu 4uik ui2k3a ui4k3l ui2ko ui2ku ui2la uil5aa ui4l3em uil5m ui4l3og ui4loo
uil3ov 4uim ui2m3a ui3mag ui4n1a uin5g ui2no uin5og uin3or uin4s5lo uin5to ui2p3l ui4p3o4 ui2p3r
4uis ui2s3a uis5c ui4sl ui5slu uis5p ui4st ui4t3a4 uit5aa uit5al ui5tar 1uitg uit1j 3uitl ui2t1o
1uit5r uit3sl uit3sn uit5sp uits5te. 3uitw 3uitz ui3v 4u3j 2uk u2k3al uk3as ukkers5 u2k3l u3klas
u2k3n u2k3o u3koc uko2p uk4o3pl u4k3r uk3s2m uk3spa uk3spl uk4sti uk1w u1la ul3ac ulam4 ula4p ul4d3a
uld5erk ul5dop ul4d3u u1le ule5sp ul3fl ul5fo ul3fr ul3in. u5ling ul3inn ul3k2a ul5ke ul2k3l u1lo
ul3o2p u3los ul2pa ulp3ac ul4pi ul2p3l ul2po ul4p3r ul3sa ul3so ul2s3p uls5te. uls5tel u3lu um3af
um3ar 3umda 2ume umee4 umes4 ume3st um3om um3op um3so um3st u2m3ui un3ac un2c unch3r un4dra und4s
unds5ta und5ste une4t un3g 1univ un4k3r un4o uno3g un5o2p unst3a un4ste. unst3o un4st5r unst5ui
un4tag unt5een un2tj un4t5o4 unt3s4m un4t3u u3ol u3on u3oo u1or uo3ru u3os uota3 4up u1pa u1pe upe3k
upe4ro uper5st u3ph u3pi u1pl u4p3lei u1po u3pol up3om up3op u1pr up4tr u1ra ur3aan ur1ac ur3ada
ur3adv u2r3a4r uras3 u4r3a2z urd4o u1r2e ur3ech ur3een uree5s ure5lu urelu5r u4rem ur3emb ure4n
u3res ur3ess ure3st ur3eta 4urf ur2fa ur3gi u1ri uri4gl ur3ijz ur3ind ur3int 4urk urken5s ur4kie
ur3k4l urk4s5t u1ro ur5opb ur3or uro5s ur5pr ur4serv ur4s3ev ur3s4fe ur2sl urs5laa urs5li ur4s5m
ur2sn ur4sp urs5pa ur5spel ur5spor urs5take urs5th ur4sti urs5tik ur3ta ur4tro ur5troe u3ru ur3ui
4urv u1r4y 4usaa us3ad us3a2m us1ap u4sc u5s2cr use5tj u5sie u4sj u4s5l u4sm u2s5n uso2 us3oï us3os
u2s3p us5pi us5pu us4ta us5tag ust3al u2s3te us4t3ei u4sti ust3oo us5tra. us5tre. us5tro us5tru
ustu4 ust3ur ust3uu u1ta ut3aan utaar5 ut1ac ut3af u3tan uta3s4 ut5c u4t3ees u4tek ut3eks ut3em
ut5emm uter5an ut3ex ut2h ut3ho u2tj u1to uto5f ut3oog uto3pe utop4l uto5po utop4r uto5s ut3saa
ut3s2c uts5eng uts2m ut1sn ut3sp ut4spa ut4spo ut2st uts5tak ut4ste. ut5sten ut3str ut5su utt4 u1tu
ut5w u4u4 uur3a4 uur3e4 uur5i uur3k uur1o2 uur5ste uur5sti 4uut uut3a uut3r uvel4s uve5na uw1a u3wag
uw3ar uw5art u1we uw3ec uwe5d uw3een u2w3ei uwe4nen uwes4 u1wi u2w3ij uw5ijz u4wind u3wing u4wins
uw3inz uw1o u3woe uwo4ge uw1r uw3u uxa3 u3ya 4uz uze3t4 uzie2 ût3s4 1ü ü4b ü1n ü3ri üs3l 1v2 2v.
vaar4ta vaart5r va3de va3g4 va2ki va4kl va2ko va2l3a val5m va3lo va4loe val5si val4s5p vals5tek
valu5 va2n van3ac vand4 vang3a van4gr va3no va4noc va1p va3re va5se va3s4o vast3r va3su va3te va2t3h
vat5j va3z v4b 4v3c v4e 3ve. 5veb vee4l veel5e vee3p4 vees4 ve3g4h vei3s4 vei5tj 3vek 5vel ve4l3a4g
vel4d3o ve3le vel3k 5vem vem4a ve4na ve5nare 5vend ven5k ve2n3o 2venr ven4s3e ven4sl vens5lan
vens5lo ven4sp vens5taak vens5take vens5tek ven4s3u4 ve2r ver1a ver5aas ve4rad vera4g ve4rand ver5do
ve3rec ver3ed ve3reg ve3rei ver5eis ve5ren. ve5rend ver3e4t ver5ijd ver5ijl ver5ijs ve5ring ver5k4
ver3o ve3rom vero5v ver5p ver5spe ver5sta ver5sto ver5tw ver1u ve3ry ve2s3 ves5ti ve2tj ve2to4
vet3og vet3oo ve3tor ve2t3r vet4roe vet5ste 5ve5z 3vi 4vicepa vid5st vie4r3a vie4s3 vies5n vie4tj
vi3eu vijf5 vik4s vil4t3j ving4 vings3 vi3o vi5om vi4s3an vi1so vis5ot vis5p vi4st vis5tr vi1tr v3j
vje4 vjet1 3vl v3lar vlei3s4 vlie4s5 vlot5s v3lov 5vo. 3voe voe4t3a voe4t3r voet5sp 3vog voge4 3voi
vo2le vol4g3a vol4gra vo2li vol3ij vol5p von4det vond5u 3voo voo5d vooi5t voorn4 voor5na vo3ra
vorm3a vors5te. vor5sten vos3 3vot vot3j 3vou vous5 3v4r2 vrei5 vrie4s vrij5k4 vrijs4 vrij5ste v3t
vues4 vu2l vul5p vuur5s vy3 2w. waad3 w2aar waar5e waar5ste wa4b3 wa2ba wa5bl w2ad wa3dr w4ag wa2la
wa3lan 4wam wan4d5r wan4gr wang5sl wa2n1o wan3s4 3wap w4ar w5arc 5ward war4st wars5te wart3j war4to
wa2si wa4s5l wa4s5p was5tr 1wate wat5j wa3tr 3way 2wb w1c 2w1d w4doo wd3oom we2a 2we2c 3wed wede4
we2d3i we4d3r wee4ki wee4k3r wee3lo wee3s4t wee5ste 3weg we4g1a we4gerv weg3l we2g3o we4g5r wei3s
wei5tj we4k3r we4le2 4welem we3li we2lo wel3s we2m wem3a we3me we2n wena4 wen3ad we3ne4 we4nem
we5nen. wen5enk we3ni wen4k3a wen3o wen5to wer2f 4werg wer4ka wer4k5l wer4kn wer4k3o wer4k3r werk5ru
wer4k3u4 wer4k3w wer4p3a wer4p3l wer4pr wer4s wer5ste we2s3 we3spo wes4t5o 3wet. we2th we2t3j wet4st
we2t3u 2wex wezen4s5 2w1f w1g w1h wie4la wie4t w4ij 3wijd wij4ka wij4s wijs3l wijs3p wijs5ta wi4k
3wil wind3a win4d3r w4ing 2winr win2s winst5aa winst5r wi4t3h wit3j wi2t3o4 wit3r w1j 2w1k 2w1l 4w1m
2wn wn3ac w3ne w3ni w3no w3ob w2oe woes3 woest5a wo4l wol3a wolf4s5 woon5sf woor4d5r wor4g3e w1p
wren4st wrens5te. 2ws ws3a2 w3sc w1sl w2s3le w3som w3sp ws2pl w4spr w5spra w1s4t w4stij 2wt wtes3
wtje5sp w1to w1tr wu2 wva2 w1w xaf4 xa3g xamen5t xan3 xan5t x1c x4e xen4d xe3ro x1f x1h xie4t xi3g
xi5o xi3sta xi3sto xi4t3i x3l x1m xo3no x4op xo3s4 x1p xpre2 xpres5 x3r x3so x3sp x1t x2tak xtie2
x3w xy3 y1a ya3s4 ya4s5p y3at yba2l3 yber4t3 y1c ycho3 y3co y1d4 ydi3a y5dr ydro3 y1e yes3 y3és y3è
y1f y1g ygu2 y1h y1i y4in y5is yksge4 y3la yl3al y3le y4l3et y3lo ylo3l ym2f5l ym5pa y3na yn3er y3no
yn1t y1o y3on y3os yo3t y1p y3p4h ypo3 ypot4 yp3s yp5si y1r y3r4e y5ri ys3 y1s4a y3s4c y5s4e yse5t
y3s4f y3s4h ys4i y3s4o y3s4p ys5pl ys4ta ys5tr y3sy y1t yt3hu yto3 y2tof ytop4 yu5a y3ui y3u2r
yvari5 y1w4 1z 4z. zaar5t za3f2 zags4t za2k3a zak3r zan2d zand5a4 zan3di zan4dr zang3s za3po za3s4
4zb 4zc 4zd z4e zee3k zeel5d zee3r4o zeero5v zeer5s zee3s4 ze5ge zeg4sl zei3sp ze5k zel5dr ze3lem
zel2f1 zel4so zen4d3a ze4nin zen5k zen3o4 zen4og ze3non ze4r3a ze3ro zer2s zer4s5e ze4s3 ze5sch
zes5e zes5l ze5ste ze2t3a ze2t3h ze4ti ze2t3j ze2t3r zeve2 zeven3 4zf 4zg 2z3h z2i ziek3l zie4k3o
ziek3w ziel4s zie5sl 3zif zi2g5a zij5kl zij3po zij5s4 zik2w zi4n3a4 zings3 zin4k3l zin4s zins3t
zins5ta zin5str zi3o5 zipi3 zi4t zit3e zit3j zit3u4 4z3k 4z3l 4zm zodi5 zoet3j zoet5ste zo3f2 zoi4
zo5ie zo3la zome4 zo2na zon3sf zon5ta zooi5tj zo1p zor4g3a zor4gl zor4gr zo2t zot3h zo3tr zo3v 4z3p
4z3r 2zs 4z5t zui4d3i zui4dr zus3 2zv z4w zwets5te. 5zy 2z3z zz3in zz3or z4z5w
