Console.WriteLine("bench: work in progress");
