// Entry point: the command line decides between serving (the default) and management commands.
return await Switchboard.Hosting.SwitchboardCommandLine.RunAsync(args);
