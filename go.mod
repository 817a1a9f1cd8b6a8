module github.com/pleaguide/pleaguide

go 1.26.8

require (
	github.com/BurntSushi/toml v1.6.0
	github.com/kljensen/snowball v0.10.0
	github.com/mattn/go-sqlite3 v1.14.53
	github.com/yuin/goldmark v1.7.8
	golang.org/x/text v0.44.0
)
