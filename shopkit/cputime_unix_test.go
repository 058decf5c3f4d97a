//go:build unix

package shopkit_test

import "syscall"

// cpuTime is the process's user+system CPU time in nanoseconds, so the
// benchmarks can report CPU per call, which a loaded machine does not
// distort as it does wall time.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
