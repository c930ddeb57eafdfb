"""The peak memory of a child process, as an expression the child evaluates before it ends.

Linux's ``ru_maxrss`` carries the parent's memory over at the fork (a test worker's hundreds of
megabytes would count as the child's), so the kernel's high-water mark of the child's own program,
``VmHWM``, is read instead.
"""

PEAK_BYTES = "int(next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM:'))) * 1024"
