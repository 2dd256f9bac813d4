using Pipeline.LocalHost;

var builder = WebApplication.CreateBuilder(args);
builder.AddLocalPipeline();
var app = builder.Build();
app.MapLocalPipeline();
app.Run();

/// <summary>Lets tests start this host in-process.</summary>
public partial class Program;
