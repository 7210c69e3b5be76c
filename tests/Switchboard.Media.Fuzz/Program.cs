using SharpFuzz;
using Switchboard.Media.Fuzz;

// afl-fuzz starts this process once and feeds it inputs; an exception escaping a target is reported as a crash.
switch (args)
{
    case ["--seeds", var folder]:
        foreach (var target in FuzzTargets.All.Append(FuzzTargets.Canary))
        {
            var directory = Directory.CreateDirectory(Path.Combine(folder, target.Name));
            var index = 0;
            foreach (var seed in target.Seeds()) File.WriteAllBytes(Path.Combine(directory.FullName, $"seed-{index++}"), seed);
        }
        return 0;

    case ["--list"]:
        foreach (var target in FuzzTargets.All) Console.WriteLine(target.Name);
        return 0;

    case ["--replay", var name, .. var files] when FuzzTargets.Find(name) is { } target:
        var failures = 0;
        foreach (var file in files)
        {
            try
            {
                target.Run(File.ReadAllBytes(file));
            }
            catch (Exception error)
            {
                failures++;
                Console.WriteLine($"{file}: {Convert.ToHexString(File.ReadAllBytes(file))}");
                Console.WriteLine(error);
            }
        }
        return failures == 0 ? 0 : 1;

    case [var name] when FuzzTargets.Find(name) is { } target:
        var buffer = new byte[64 * 1024];
        Fuzzer.OutOfProcess.Run(stream =>
        {
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            target.Run(buffer.AsSpan(0, length));
        });
        return 0;

    default:
        Console.Error.WriteLine("usage: Switchboard.Media.Fuzz TARGET | --list | --seeds FOLDER | --replay TARGET FILE...");
        Console.Error.WriteLine("targets: " + string.Join(", ", FuzzTargets.All.Select(target => target.Name)));
        return 2;
}
