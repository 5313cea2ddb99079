using Entente.Cli;

return EntenteApp.Run(args, Console.Out, Console.Error, Console.IsOutputRedirected || Console.IsErrorRedirected);
