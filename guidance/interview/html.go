package interview

import (
	"bytes"
	"fmt"
	"html/template"
)

var planPage = template.Must(template.New("plan").Parse(`<!DOCTYPE html>
<html lang="{{.R.Lang}}"><head><meta charset="utf-8"><title>{{.Title}}</title>
<style>
body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.5;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #999;margin-top:1.5em}
.clinic{border:1px solid #999;padding:.5em 1em}.now{font-weight:bold}
.answer{border-bottom:1px solid #999;height:3em}.note{color:#a00}
figure.timeline{margin:1em 0}figure.timeline figcaption{font-size:.9em;color:#444}
@media print{body{margin:0}}
</style></head><body>
{{with .Clinic}}<div class="clinic">{{range .}}<div>{{.}}</div>{{end}}</div>{{end}}
<h1>{{.Title}}</h1>
{{with .R.Notes}}<h2>{{$.R.Headings.check}}</h2><ul>{{range .}}<li class="note">{{.}}</li>{{end}}</ul>{{end}}
<h2>{{.R.Headings.where}}</h2><ol>{{range .R.Road}}<li{{if .Current}} class="now"{{end}}>{{if .Current}}▶ {{end}}{{.Name}} — {{.Who}}</li>{{end}}</ol>
{{with .R.Dates}}<h2>{{$.R.Headings.dates}}</h2><figure class="timeline">{{$.R.Timeline.SVG}}<figcaption>{{$.R.Headings.timeline}}</figcaption></figure>{{range .}}<p><b>{{.Text}}</b><br>{{range .Details}}{{.}}<br>{{end}}<i>{{.Source}}</i></p>{{end}}{{end}}
{{range .Sections}}{{if .Items}}<h2>{{.Title}}</h2>{{range .Items}}<p><b>{{.Title}}</b><br>{{.Text}}{{with .Gain}}<br>{{.}}{{end}}{{with .Cost}}<br>{{.}}{{end}}{{with .Lawyer}}<br>{{.}}{{end}}<br><small>{{index $.R.Headings "read-more"}}: {{.TopicTitle}}</small></p>{{end}}{{end}}{{end}}
{{with .R.Questions}}<h2>{{$.R.Headings.questions}}</h2><ol>{{range .}}<li><b>{{.Text}}</b><br><small>{{.Why}}</small><div class="answer"></div></li>{{end}}</ol>{{end}}
{{range .R.Footer}}<p><i>{{.}}</i></p>{{end}}
</body></html>
`))

// HTML renders the plan as a page to print and take to the lawyer. clinic lines (name,
// address, phone) head the page when set.
func (r Rendered) HTML(title string, clinic []string) ([]byte, error) {
	type section struct {
		Title string
		Items []ItemView
	}
	data := struct {
		R        Rendered
		Title    string
		Clinic   []string
		Sections []section
	}{r, title, clinic, []section{
		{r.Headings["rights"], r.Rights}, {r.Headings["options"], r.Options}, {r.Headings["actions"], r.Actions},
	}}
	var b bytes.Buffer
	if err := planPage.Execute(&b, data); err != nil {
		return nil, fmt.Errorf("render plan page: %w", err)
	}
	return b.Bytes(), nil
}
