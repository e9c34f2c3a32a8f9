using CodeExecGen.Library;

var (result, at) = Answers.Sample();
System.Console.Write(Answers.Show(result));
System.Console.WriteLine("at " + at + ", contracts from " + result.GetType().Assembly.GetName().Name + ", runtime from " + at.GetType().Assembly.GetName().Name);
