package main

import (
	"database/sql"
	"fmt"

	"github.com/pleaguide/pleaguide/guidance/sqlite"
)

func setUserVersion(path string, v int) error {
	db, err := sql.Open("sqlite3", sqlite.DSN(path))
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(fmt.Sprintf("PRAGMA user_version = %d", v))
	return err
}
