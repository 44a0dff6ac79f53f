module libami/bindings/go

go 1.19
