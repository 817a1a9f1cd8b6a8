package sqlite

import (
	"errors"
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
)

func TestClinicRoundTrip(t *testing.T) {
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if c, err := s.Clinic(); err != nil || c != (guidance.Clinic{}) {
		t.Fatalf("fresh store: %+v, %v", c, err)
	}
	want := guidance.Clinic{PINHash: "h", AlwaysGuest: true, RetentionDays: 30, Name: "Riverside", Address: "1 River Rd", Phone: "010-1234"}
	if err := s.SetClinic(want); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Clinic(); err != nil || got != want {
		t.Errorf("read back %+v, %v; want %+v", got, err, want)
	}
	want.AlwaysGuest, want.RetentionDays, want.Address = false, 0, ""
	if err := s.SetClinic(want); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Clinic(); got != want {
		t.Errorf("cleared values read back as %+v", got)
	}
	if err := s.SetClinic(guidance.Clinic{RetentionDays: -1}); !errors.Is(err, guidance.ErrBadRetention) {
		t.Errorf("negative retention saved: %v", err)
	}
}

// TestSetClinicIsOneTransaction makes the last write of a save fail and checks that none
// of the earlier ones stayed.
func TestSetClinicIsOneTransaction(t *testing.T) {
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	old := guidance.Clinic{Name: "Old name", Phone: "111"}
	if err := s.SetClinic(old); err != nil {
		t.Fatal(err)
	}
	_, err = s.personal.Exec(`CREATE TRIGGER fail_phone BEFORE UPDATE ON settings WHEN NEW.key = 'clinic.phone'
		BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetClinic(guidance.Clinic{Name: "New name", Phone: "222"}); err == nil {
		t.Fatal("save succeeded although the phone could not be written")
	}
	if got, _ := s.Clinic(); got != old {
		t.Errorf("half a save stayed: %+v, want %+v", got, old)
	}
}

func TestClinicBadStoredRetention(t *testing.T) {
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.SetSetting(keyRetentionDays, "soon"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetSetting(keyClinicName, "Riverside"); err != nil {
		t.Fatal(err)
	}
	c, err := s.Clinic()
	if !errors.Is(err, guidance.ErrBadRetention) || c.RetentionDays != 0 || c.Name != "Riverside" {
		t.Errorf("bad stored retention: %+v, %v", c, err)
	}
}
