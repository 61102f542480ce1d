# Hyphenation patterns 'it', compiled by PatternCompiler from com/itextpdf/hyph/it.xml (com.itextpdf:hyph 9.6.0).
# Changed by the lessonpress project in 2026 in form only, from XML to these plain lists so that
# they load fast; classes, exceptions and patterns are those of the XML file, unchanged.
# The comments of that file, which state its origin and licence, follow unchanged.
# Created by Stéphane Bline - Peregrine Systems - sbline@apsydev.com
#      Conversion of the original TEX italian hyphenation patterns written by
#      Claudio Beccari (beccari@polito.it).
#      Use of the original work granted by the author.
@classes
' aA bB cC dD eE fF gG hH iI jJ kK lL mM nN oO pP qQ rR sS tT uU vV wW xX yY zZ àÀ âÂ çÇ èÈ éÉ êÊ îÎ
ïÏ ôÔ ûÛ
@patterns
.a3p2n .anti1 .anti3m2n .bio1 .ca4p3s .circu2m1 .di2s3cine .e2x .fran2k3 .free3 .narco1 .opto1
.orto3p2 .para1 .poli3p2 .pre1 .p2s .sha2re3 .tran2s3c .tran2s3d .tran2s3f .tran2s3l .tran2s3n
.tran2s3p .tran2s3r .tran2s3t .su2b3lu .su2b3r .wa2g3n .wel2t1 a1ia a1ie a1io a1iu a1uo a1ya 2at.
e1iu e2w o1ia o1ie o1io o1iu '2 1b 2bb 2bc 2bd 2bf 2bm 2bn 2bp 2bs 2bt 2bv b2l b2r 2b. 2b'. 2b'' 1c
2cb 2cc 2cd 2cf 2ck 2cm 2cn 2cq 2cs 2ct 2cz 2chh c2h 2chb ch2r 2chn c2l c2r 2c. 2c'. 2c'' .c2 1d 2db
2dd 2dg 2dl 2dm 2dn 2dp d2r 2ds 2dt 2dv 2dw 2d. 2d'. 2d'' .d2 1f 2fb 2fg 2ff 2fn f2l f2r 2fs 2ft 2f.
2f'. 2f'' 1g 2gb 2gd 2gf 2gg g2h g2l 2gm g2n 2gp g2r 2gs 2gt 2gv 2gw 2gz 2gh2t 2g. 2g'. 2g'' 1h 2hb
2hd 2hh hi3p2n h2l 2hm 2hn 2hr 2hv 2h. 2h'. 2h'' 1j 2j. 2j'. 2j'' 1k 2kg 2kf k2h 2kk k2l 2km k2r 2ks
2kt 2k. 2k'. 2k'' 1l 2lb 2lc 2ld 2l3f2 2lg l2h 2lk 2ll 2lm 2ln 2lp 2lq 2lr 2ls 2lt 2lv 2lw 2lz 2l.
2l'. 2l'' 1m 2mb 2mc 2mf 2ml 2mm 2mn 2mp 2mq 2mr 2ms 2mt 2mv 2mw 2m. 2m'. 2m'' 1n 2nb 2nc 2nd 2nf
2ng 2nk 2nl 2nm 2nn 2np 2nq 2nr 2ns 2nt 2nv 2nz n2g3n 2nheit. 2n. 2n' 2n'' 1p 2pd p2h p2l 2pn 3p2ne
2pp p2r 2ps 3p2sic 2pt 2pz 2p. 2p'. 2p'' 1q 2qq 2q. 2q'. 2q'' 1r 2rb 2rc 2rd 2rf r2h 2rg 2rk 2rl 2rm
2rn 2rp 2rq 2rr 2rs 2rt rt2s3 2rv 2rx 2rw 2rz 2r. 2r'. 2r'' 1s2 2shm 2s3s s4s3m 2s3p2n 2stb 2stc
2std 2stf 2stg 2stm 2stn 2stp 2sts 2stt 2stv 2sz 4s. 4s'. 4s'' 1t 2tb 2tc 2td 2tf 2tg t2h t2l 2tm
2tn 2tp t2r 2ts 3t2sch 2tt 2tv 2tw t2z 2tzk 2tzs 2t. 2t'. 2t'' 1v 2vc v2l v2r 2vv 2v. 2v'. 2v'' 1w
w2h wa2r 2w1y 2w. 2w'. 2w'' 1x 2xw 2x. 2x'. 2x'' y1ou y1i 1z 2zb 2zd 2zl 2zn 2zp 2zt 2zs 2zv 2zz 2z.
2z'. 2z'' .z2
