# Hyphenation patterns 'el', compiled by PatternCompiler from com/itextpdf/hyph/el.xml (com.itextpdf:hyph 9.6.0).
# Changed by the lessonpress project in 2026 in form only, from XML to these plain lists so that
# they load fast; classes, exceptions and patterns are those of the XML file, unchanged.
# The comments of that file, which state its origin and licence, follow unchanged.
# these hyphenation rules have been created for FOP by Dimitris Kamenopoulos (d.kamenopoulos@mail.ntua.gr).
# 	They support modern (monotonico) greek. They are
#  	based on the excellent hyphenation file GRMTex.tex
# 	by Dimitrios Fillipou.
#  	found in the TexGreek distribution. However there are quite a few differences. In particular, this file contains real greek characters rather than their latin tex subtitutes and so it is a rewrite, not a copy. Therefore, since it hasn't been tested as much as its tex predecessor, do contact me if you spot any errors.
@classes
αΑ άΆ βΒ γΓ δΔ εΕ έΈ ζΖ ηΗ ήΉ Θθ ιΙ ίΊ ϊΪ ΐ ϋΫ ΰ όΌ ύΎ κΚ λΛ μΜ νΝ ξΞ οΟ πΠ ρΡ σΣς τΤ υΥ φΦ χΧ ψΨ ώΏ
ωΩ
@exceptions
δι-ά ποι-όν ποι-ού
@patterns
4β1ζ 4β1θ 4β1ν 4β1ξ 4β1π 4β1σ 4β1τ 3β1φ 4β1χ 3β1ψ 4γ1β 4γ2ζ 4γ1θ 4γ1μ 4ρ5γ2μ 4γ1χ 4γ1π 4γ1τ 4γ1φ
4γ1χ 4γ1ψ 4δ1β 4δ1γ 4δ1ζ 4δ1κ 4δ1λ 4δ1ξ 4δ1π 4δ1σ 4δ1τ 4δ1χ 4δ1ψ 4ζ1β 4ζ1δ 4ζ1θ 4ζ1κ 4ζ1λ 4ζ1μ τζ2μ
4ζ1ν 4ζ1ξ 4ζ1π 4ζ1ρ 4ζ1σ 4ζ1τ 4ζ1φ 4ζ1χ 4ζ1ψ 4θ1β 4θ1γ 4θ1δ 4θ1ζ 4κ1κ 4κ1π 4κ1χ 4κ1ψ 4λ1β 4λ1γ 4λ1δ
4λ1ζ 4λ1θ 4λ1κ 4λ1μ 4λ1ν 4λ1ξ 4λ1π 4λ1ρ 4λ1σ 4λ1τ 4λ1φ 4λ1χ 4λ1ψ 4μ1β 4μ1γ 4μ1δ 4μ1ζ 4μ1θ 4μ1κ 4μ1λ
4μ1φ 4μ1χ 4μ1ψ 4ν1β 4ν1γ 4ν1δ 4ν1ζ 4ν1θ 4ν1κ 4ν1λ 4ν1μ 4ν1ξ 4ν1π 4ν1ρ 4ν1σ 4ν1φ 4ν1χ 4ν1ψ 4ξ1β 4ξ1γ
4ξ1δ 4ξ1ζ 4ξ1θ 4ξ1κ 4ξ1λ 4ξ1μ 4ξ1ν 4ξ1π 4ξ1ρ 4ξ1σ 4ξ1τ 4γ4ξ2τ 4ρ4ξ2τ 4ξ1φ 4ξ1χ 4ξ1ψ 4π1β 4π1γ 4π1δ
4π1ζ 4π1θ 4π1κ 4π1μ 4π1ξ 4π1σ 4π1φ 4π1χ 4π1ψ 4ρ1β 4ρ1γ 4ρ1δ 4ρ1ζ 4ρ1θ 4ρ1κ 4ρ1λ 4ρ1μ 4ρ1ν 4ρ1ξ 4ρ1π
4ρ1σ 4ρ1τ 4ρ1φ 4ρ1χ 4ρ1ψ 4σ1δ 4σ1ζ 4σ1ν 4σ1ξ 4σ1ρ 4σ1ψ 4τ1β 4τ1γ 4τ1δ 4τ1θ 4τ1κ 4τ1ν 4τ1ξ 4τ1π 4τ1φ
στ2φ 4τ1χ 4τ1ψ 4φ1β 4φ1γ 4φ1δ 4φ1ζ 4φ1μ 4φ1ν 4φ1ξ 4φ1π 4φ1σ 4φ1χ 4φ1ψ 4ψ1β 4ψ1γ 4ψ1δ 4ψ1ζ 4ψ1θ 4ψ1κ
4ψ1λ 4ψ1μ 4ψ1ν 4ψ1ξ 4ψ1π 4ψ1ρ 4ψ1σ 4ψ1τ 4ψ1φ 4ψ1χ α1 ε1 η1 ι1 ο1 υ1 ω1 ώ1 α2ι α2ί α2υ α2ύ ά3υ ε2ι
ε2ί ε2υ ε2ύ έ3υ η2υ ή3υ ο2ι ο2ί ο2υ ο2ύ ό3υ υ2ι υ2ί ύ3ι α2η ά3η α2ϊ α2ϋ ε2ϊ ό2ει ο2η ό3η ο2ϊ ό3ι ι2α
ι2ά ι2ε ι2έ ι2ο ι2ό 4β. 4γ. 4γκ. 4δ. 4ζ. 4θ. 4κ. 4λ. 4μ. 4μπ. 4ν. 4ντ. 4ξ. 4π. 4ρ. 4σ. 4τ. 4τζ. 4τσ.
4φ. 4χ. 4ψ. 4' 4β' 4γκ' 4ζ' 4λ' 4μ' 4μπ' 4ν' 4ντ' 4ξ' 4π' 4ρ' 4σ' 4τ' 4τζ' 4τσ' 4φ' 4χ' 4ψ' .β4 .γ4
.δ4 .ζ4 .θ4 .κ4 .λ4 .μ4 .ν4 .ξ4 .π4 .ρ4 .σ4 .τ4 .φ4 .χ4 .ψ4 4β1β 4γ1γ 4ζ1ζ 4θ1θ 4λ1λ 4μ1μ 4ν1ν 4π1π
4ρ1ρ 4σ1σ 4τ1τ τφ1φ 4χ1χ 3ψ1ψ 4γ5κ2φ 4γ1κτ 4μ1πτ 4ν1τζ 4ν1τσ 4βρ. 4γλ. 4κτ. 4γκσ. 4κσ. 4λσ. 4μπλ.
4μπν. 4μπρ. 4μσ. 4νσ. 4ρσ. 4σκ. 4στ. 4τλ. 4τρ.
