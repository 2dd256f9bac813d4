namespace Pipeline.Bench.Measure;

/// <summary>Peak resident set size (VmHWM) of a process, read from /proc; falls back to PeakWorkingSet64 off Linux.</summary>
public static class PeakRss
{
    public static double MegabytesOf(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line["VmHWM:".Length..].Trim().Split(' ')[0], out var kb))
            {
                return kb / 1024.0;
            }
        }

        using var process = System.Diagnostics.Process.GetProcessById(pid);
        return process.PeakWorkingSet64 / 1048576.0;
    }

    public static double OfThisProcess() => MegabytesOf(Environment.ProcessId);
}
