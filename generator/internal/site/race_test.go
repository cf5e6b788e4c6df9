//go:build race

package site

// raceDetector is true when the tests run under -race, which makes them
// many times slower.
const raceDetector = true
