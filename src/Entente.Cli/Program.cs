using System.Globalization;
using Entente.Cli;

Startup.Begin(args);

// COLUMNS, when set, is the width to lay tables out in, on a terminal or into a file alike.
int? width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) ? columns : null;
return EntenteApp.Run(args, Console.Out, Console.Error, Console.IsOutputRedirected || Console.IsErrorRedirected, width);
