@echo off
rem lessonpress for Windows: runs lib\lessonpress.jar of this distribution (or LESSONPRESS_JAR) with
rem %JAVA_HOME%\bin\java.exe, else the java on PATH, passing every argument on and returning lessonpress's exit code.
rem The JVM settings are those of bin/lessonpress for a short run (quick JIT tier only, one compiler thread, a young
rem generation that needs no collection) and its memory (a 256 MB heap, LESSONPRESS_HEAP for another, with the serial collector);
rem the class archive bin/lessonpress keeps is left to the bash launcher.
rem No parenthesised blocks around paths: a folder such as "Program Files (x86)" would end them early.
setlocal
set "LP_HOME=%~dp0.."
set "LP_JAR=%LESSONPRESS_JAR%"
if defined LP_JAR goto check_jar
set "LP_JAR=%LP_HOME%\lib\lessonpress.jar"
if exist "%LP_JAR%" goto find_java
set "LP_JAR=%LP_HOME%\target\lessonpress.jar"
:check_jar
if exist "%LP_JAR%" goto find_java
echo lessonpress: no lessonpress.jar in "%LP_HOME%\lib" (a distribution) or "%LP_HOME%\target" (a source tree) 1>&2
exit /b 2

:find_java
set "LP_JAVA=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME goto run
set "LP_JAVA=java.exe"
where java.exe >nul 2>nul
if not errorlevel 1 goto run
echo lessonpress: no java on PATH; install JDK 17 or later, or set JAVA_HOME 1>&2
exit /b 2

:run
set "LP_HEAP=%LESSONPRESS_HEAP%"
if not defined LP_HEAP set "LP_HEAP=256m"
"%LP_JAVA%" -Xmx%LP_HEAP% -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData -XX:NewSize=128m -jar "%LP_JAR%" %*
exit /b %ERRORLEVEL%
