// libxlsxwriter (Debian libxlsxwriter-dev 1.1.4) ships xlsxwriter.pc: Package.swift names it as pkgConfig "xlsxwriter";
// the module map also links "xlsxwriter" for machines whose pkg-config is absent.
#include <xlsxwriter.h>
