// ThreadSanitizer settings for every program that links the session layer.
// Compiled into each of them only in a ThreadSanitizer build (see
// src/session/CMakeLists.txt); TSAN_OPTIONS still overrides them.
//
// Why: QtCore is not built with ThreadSanitizer (`nm -D libQt6Core.so.6 |
// grep -c __tsan` gives 0 for Debian's 6.4.2). A queued signal copies its
// arguments into an event on the sending thread, puts it on the receiver's
// post-event list under a QMutex, and the receiving thread takes it off under
// the same QMutex. That QMutex is a futex inside QtCore, so the tool never
// sees the hand-over; QThread::wait() is the same. The proof, measured on
// the session tests (ctest, slow claim tests left out) with no settings:
// 199 reports in 27 tests, and in every one the earlier access is the
// sending thread making an event, an argument or QThread's own wait
// condition, and the later one the receiving thread reading or freeing it:
//   - malloc/calloc/new/free/delete or pthread_cond_* called from QtCore
//     (QMetaCallEvent made and freed, QMetaType::create of an argument,
//     QArrayData::allocate of a QString argument, QThread's QWaitCondition
//     woken on exit and destroyed after wait());
//   - the copy of an argument of one of our own types (CommandRefusal),
//     made by its copy constructor called from QMetaType::construct on the
//     worker and read by the slot on the receiving thread.
// ignore_noninstrumented_modules=1 is the tool's own switch for code built
// without it: memory accesses done by interceptors called from QtCore do not
// count (lock and wait calls still do). It removes the first kind (187 of the
// 199). The suppression removes the second: QMetaType::construct copies a
// value into memory only Qt's hand-over passes on. A race between two
// threads in our own code is still reported, on a thread QThread started too
// (TsanQtDefaults.ARaceOnAQThreadIsStillReported). One blind spot, measured:
// under the switch a body run by QThread::create is not checked at all (the
// body runs inside QtCore's call of its std::future), so the session layer
// starts its own threads with std::thread (CsvTableLoader).

#if defined(__SANITIZE_THREAD__)
extern "C" const char* __tsan_default_options() { return "ignore_noninstrumented_modules=1"; }
extern "C" const char* __tsan_default_suppressions() { return "race:QMetaType::construct\n"; }
#endif
