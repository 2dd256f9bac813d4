using System.Globalization;

namespace Pipeline.Bench.Measure;

/// <summary>CPU seconds (user + system) a process has used so far, from /proc; less sensitive to a shared machine's load than wall time.</summary>
public static class ProcessCpu
{
    // Linux reports utime and stime in clock ticks of 1/100 s (USER_HZ).
    private const double TicksPerSecond = 100;

    public static double SecondsOf(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return double.NaN;
        }

        // Fields after the command name, which is in parentheses and may hold spaces: state is field 3, utime 14, stime 15.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
