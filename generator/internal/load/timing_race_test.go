//go:build race

package load

// raceSlowdown: the race detector makes loading 5–10 times slower.
const raceSlowdown = 10
