package data

import (
	"fmt"
	"slices"
)

// The checks of what a dataset says about its own record: the stretch of
// time it documents, and the accounts its events give.

// coverage checks the dataset's stated coverage.
func (c *checker) coverage(rc *rawCoverage) Coverage {
	var cov Coverage
	cov.From, _ = c.date("coverage.from", rc.From, true, "coverage from")
	to, ok := c.date("coverage.to", rc.To, true, "coverage to")
	if ok && !cov.From.IsZero() && to.Finish() <= cov.From.Begin() {
		c.at("coverage.to", "coverage: to %s is before from %s", rc.To, rc.From)
	}
	cov.To = to
	return cov
}

// eraWithinCoverage reports an era that claims more than the record
// documents: one open to today in a dataset that says where its record
// ends, and one marked ongoing that does not end where the record does.
func (c *checker) eraWithinCoverage(path string, e Era, cov Coverage) {
	if cov.To.IsZero() {
		return
	}
	to := cov.To.ISO()
	switch {
	case e.Open():
		c.at(path, "era %q is open to today, but the record ends %s: give the day it ended, or \"end\": %q with \"ongoing\": true", e.ID, to, to)
	case e.Ongoing && e.End.ISO() != to:
		c.at(path+".end", "era %q is ongoing but ends %s, not where the record ends (%s)", e.ID, e.End.ISO(), to)
	case !e.Ongoing && e.End.Begin() >= cov.To.Finish():
		c.at(path+".end", "era %q ends %s, after the record ends (%s): the record cannot say so", e.ID, e.End.ISO(), to)
	}
}

// afterCoverage reports an event that starts after the coverage ends: the
// dataset would claim to document less than it holds.
func (c *checker) afterCoverage(at eventPlace, e Event, cov Coverage) {
	if cov.To.IsZero() || e.Start.IsZero() || e.Start.Begin() < cov.To.Finish() {
		return
	}
	c.at(at.field("start"), "event %q starts %s, after the coverage ends (%s)", e.ID, e.Start.ISO(), cov.To.ISO())
}

// accounts checks an event's accounts: each says whose it is, what it
// holds, and cites one of the event's own sources.
func (c *checker) accounts(place eventPlace, re *rawEvent) []Account {
	if len(re.Accounts) == 0 {
		return nil
	}
	out := make([]Account, 0, len(re.Accounts))
	for i, ra := range re.Accounts {
		at := func() string { return fmt.Sprintf("%s.accounts[%d]", place.path(), i) }
		if ra.By == "" {
			c.at(at(), "%s: account %d: missing by (whose account it is)", place.name(), i+1)
		}
		if ra.Says == "" {
			c.at(at(), "%s: account %d: missing says", place.name(), i+1)
		}
		switch {
		case ra.Source == "":
			c.at(at(), "%s: account %d: missing source", place.name(), i+1)
		case !slices.Contains(re.Sources, ra.Source):
			c.at(at()+".source", "%s: account %d cites %q, which is not among the event's sources", place.name(), i+1, ra.Source)
		}
		out = append(out, Account{By: ra.By, Says: ra.Says, Source: ra.Source})
	}
	return out
}
