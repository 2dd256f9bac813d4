using Pipeline.LocalHost;

if (args is ["reindex", ..])
{
    return await ReindexCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddLocalPipeline();
var app = builder.Build();
app.MapLocalPipeline();
app.Run();
return 0;

/// <summary>Lets tests start this host in-process.</summary>
public partial class Program;
