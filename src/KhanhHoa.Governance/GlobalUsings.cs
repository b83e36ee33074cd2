global using KhanhHoa.Governance.Primitives;
global using NodaTime;
