@echo off
rem Starts Referentiel Studio: referentiel-studio.cmd [-data <work folder>] [Eclipse options...]
rem Needs Java 21 or newer: %JAVA_HOME%, the java on the PATH, or a JDK under %ProgramFiles%
rem (Eclipse Adoptium, Java, Microsoft, Zulu), in the order of the Linux script. The work folder
rem is asked at the first start (Documents\Referentiels proposed). Messages without accents: the
rem console's code page is not known.
setlocal EnableDelayedExpansion
set "STUDIO_HOME=%~dp0"
set "JAVA_EXE="
set "JAVA_MAJOR="

if defined JAVA_HOME call :try "%JAVA_HOME%"
if not defined JAVA_EXE (
    for /f "delims=" %%J in ('where java 2^>nul') do if not defined JAVA_EXE call :try "%%~dpJ.."
)
if not defined JAVA_EXE (
    for /d %%D in ("!ProgramFiles!\Eclipse Adoptium\*" "!ProgramFiles!\Java\*" "!ProgramFiles!\Microsoft\jdk-*" "!ProgramFiles!\Zulu\*") do (
        if not defined JAVA_EXE call :try "%%~fD"
    )
)
if not defined JAVA_EXE (
    echo Referentiel Studio : Java 21 ou plus recent est necessaire, et aucun n'a ete trouve ^(ni dans JAVA_HOME, ni sur le PATH, ni dans !ProgramFiles!^). Installez-en un ^(par exemple Eclipse Temurin 21^) puis definissez JAVA_HOME. 1>&2
    echo Referentiel Studio needs Java 21 or newer and found none ^(in JAVA_HOME, on the PATH or in !ProgramFiles!^). Install one ^(for example Eclipse Temurin 21^) and set JAVA_HOME to it. 1>&2
    exit /b 2
)

set "LAUNCHER="
for %%L in ("%STUDIO_HOME%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
    echo Referentiel Studio : installation incomplete, plugins\org.eclipse.equinox.launcher_*.jar manque dans %STUDIO_HOME%. 1>&2
    exit /b 2
)

set "JVM_OPTIONS=-Xms128m -Xmx1g -Dosgi.requiredJavaVersion=21 -Dfile.encoding=UTF-8"
rem Guice (used by Xtext) touches sun.misc.Unsafe; Java 24+ warns about it on every start.
if !JAVA_MAJOR! GEQ 24 set "JVM_OPTIONS=!JVM_OPTIONS! --sun-misc-unsafe-memory-access=allow"
rem Without -data the application takes the work folder chosen at the first start (remembered in
rem %USERPROFILE%\.referentiel-studio, outside this folder, so an upgrade keeps it) or asks for one,
rem Documents\Referentiels proposed. REFERENTIEL_STUDIO_WORKSPACE gives one without asking.
set "DATA_OPTION="
echo. %* | findstr /c:" -data " >nul || (
    if defined REFERENTIEL_STUDIO_WORKSPACE set DATA_OPTION=-data "%REFERENTIEL_STUDIO_WORKSPACE%"
)
rem French whatever the machine's locale (the application and its platform translations are
rem French only); a -nl given after it wins.
"%JAVA_EXE%" %JVM_OPTIONS% %REFERENTIEL_STUDIO_JAVA_OPTS% -jar "%LAUNCHER%" -install "%STUDIO_HOME%." -nl fr !DATA_OPTION! %*
exit /b %ERRORLEVEL%

rem Sets JAVA_EXE and JAVA_MAJOR when %1 is a Java home of version 21 or newer (read from its
rem release file, no JVM start needed).
:try
if not exist "%~1\bin\java.exe" exit /b 0
if not exist "%~1\release" exit /b 0
set "VERSION="
for /f "usebackq tokens=2 delims==" %%V in (`findstr /b "JAVA_VERSION=" "%~1\release"`) do set "VERSION=%%~V"
if not defined VERSION exit /b 0
for /f "tokens=1 delims=." %%M in ("%VERSION%") do set "MAJOR=%%M"
if %MAJOR% GEQ 21 (
    set "JAVA_EXE=%~f1\bin\java.exe"
    set "JAVA_MAJOR=%MAJOR%"
)
exit /b 0
