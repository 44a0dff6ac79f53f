module libami/examples/go

go 1.19

require libami/bindings/go v0.0.0

replace libami/bindings/go => ../../bindings/go
