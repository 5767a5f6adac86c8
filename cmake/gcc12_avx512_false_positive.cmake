# GCC 12 bug 105593: when it inlines AVX-512 intrinsics (Eigen's packet code
# under -march=native on an AVX-512 CPU, or -march=x86-64-v4), the
# _mm512_undefined_*() idiom in avx512fintrin.h is reported as
# "'__Y' may be used uninitialized". The value is deliberately undefined and
# always overwritten; GCC 13 fixed the header. Only this one warning, only for
# GCC before 13, only when AVX-512 code is generated, stays a warning instead
# of an error; every other warning is still an error.
include(CheckCXXSourceCompiles)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  get_directory_property(_normlab_opts COMPILE_OPTIONS)
  set(CMAKE_REQUIRED_FLAGS "${CMAKE_CXX_FLAGS} ${_normlab_opts}")
  string(REPLACE ";" " " CMAKE_REQUIRED_FLAGS "${CMAKE_REQUIRED_FLAGS}")
  check_cxx_source_compiles("
    #ifndef __AVX512F__
    #error no AVX-512
    #endif
    int main() { return 0; }" NORMLAB_TARGET_HAS_AVX512)
  unset(CMAKE_REQUIRED_FLAGS)
  if(NORMLAB_TARGET_HAS_AVX512)
    target_compile_options(normlab_warnings INTERFACE -Wno-error=maybe-uninitialized)
  endif()
endif()
