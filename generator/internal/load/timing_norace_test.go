//go:build !race

package load

const raceSlowdown = 1
