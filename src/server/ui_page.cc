// The single-page web UI served at "/": plain HTML, CSS and JavaScript, no
// external resources. It reads only the JSON API and builds every element
// with textContent / createElement, so no text from the store is ever parsed
// as HTML.
#include "server/server.h"

namespace sitrep::server {
namespace {

constexpr const char* kPage = R"html(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>sitrep</title>
<link rel="icon" href="data:,">
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1c2833}
header{background:#1c2833;color:#fff;padding:10px 18px}header h1{margin:0;font-size:19px;display:inline}
header span{color:#d5d8dc;margin-left:12px;font-size:12px}
#layout{display:grid;grid-template-columns:minmax(320px,1fr) minmax(360px,1fr);gap:14px;padding:12px 18px}
.panel{border:1px solid #d5d8dc;border-radius:4px;padding:8px 10px;min-width:0}
h2{font-size:16px;margin:2px 0 8px}svg{width:100%;background:#f4f6f7}
#places{list-style:none;padding:0;margin:6px 0;max-height:220px;overflow:auto}
#places button{background:none;border:0;color:#1a5276;cursor:pointer;padding:1px 0;font:inherit;text-align:left}
#places button.sel{font-weight:bold}
table{border-collapse:collapse;width:100%;font-size:12.5px}th,td{border-bottom:1px solid #eaeded;padding:3px 5px;text-align:left;vertical-align:top}
th{background:#f8f9f9}.kind{display:inline-block;padding:0 6px;border-radius:8px;color:#fff;font-size:11.5px}
.sent{color:#566573;font-size:12px}.past{color:#c0392b;font-weight:bold}.err{color:#c0392b}
.filters input,.filters select{margin:0 6px 6px 0;width:120px}mark{background:#f9e79f}
.wide{grid-column:1/3}.cols{display:flex;gap:14px}.cols>div{flex:1}
</style></head><body>
<header><h1>sitrep</h1><span id="status">loading…</span></header>
<div id="layout">
 <div class="panel"><h2>Map</h2><div id="map"></div><ul id="places"></ul></div>
 <div class="panel" id="timeline-panel"><h2 id="timeline-title">Timeline</h2>
  <p class="sent" id="timeline-hint">Click a place on the map or in the list.</p>
  <div id="timeline"></div><div id="contradictions"></div></div>
 <div class="panel wide"><h2>Claims</h2>
  <div class="filters"><input id="f-place" placeholder="place"><input id="f-speaker" placeholder="speaker">
  <input id="f-outlet" placeholder="outlet"><select id="f-kind"><option value="">any kind</option>
  <option>captured</option><option>fighting</option><option>withdrawal</option><option>contested</option>
  <option>prediction</option></select><input id="f-since" placeholder="since YYYY-MM-DD">
  <input id="f-until" placeholder="until YYYY-MM-DD"><button id="f-go">Filter</button>
  <button id="f-prev">◀</button><span id="f-page"></span><button id="f-next">▶</button></div>
  <div id="claims"></div></div>
 <div class="panel wide"><h2>Story families and rewrites</h2><div id="families"></div><div id="diff"></div></div>
</div>
<script>
(function(){
'use strict';
var COLORS={captured:'#c0392b',fighting:'#e67e22',withdrawal:'#8e44ad',contested:'#2980b9',prediction:'#7f8c8d'};
var SVGNS='http://www.w3.org/2000/svg';
function el(tag,text,cls){var e=document.createElement(tag);if(text!==undefined&&text!==null)e.textContent=String(text);if(cls)e.className=cls;return e;}
function svg(tag,attrs){var e=document.createElementNS(SVGNS,tag);for(var k in attrs)e.setAttribute(k,String(attrs[k]));return e;}
function badge(kind){var s=el('span',kind,'kind');s.style.background=COLORS[kind]||'#34495e';return s;}
function api(path){return fetch(path,{headers:{'Accept':'application/json'}}).then(function(r){
  return r.json().then(function(j){if(!r.ok)throw new Error(j.error||('HTTP '+r.status));return j;});});}
function clear(n){while(n.firstChild)n.removeChild(n.firstChild);return n;}
function table(headers,rows){var t=el('table'),h=el('thead'),tr=el('tr');headers.forEach(function(x){tr.appendChild(el('th',x));});
  h.appendChild(tr);t.appendChild(h);var b=el('tbody');rows.forEach(function(r){b.appendChild(r);});t.appendChild(b);return t;}
function row(cells){var tr=el('tr');cells.forEach(function(c){var td=el('td');if(c instanceof Node)td.appendChild(c);else td.textContent=c==null?'':String(c);tr.appendChild(td);});return tr;}
function status(t,isErr){var s=document.getElementById('status');s.textContent=t;s.className=isErr?'err':'';}

function drawMap(features){
  var box=document.getElementById('map');clear(box);
  var lon0=22,lon1=40.5,lat0=44,lat1=52.5;
  features.forEach(function(f){var c=f.geometry.coordinates;lon0=Math.min(lon0,Math.floor(c[0])-0.5);lon1=Math.max(lon1,Math.ceil(c[0])+0.5);
    lat0=Math.min(lat0,Math.floor(c[1])-0.5);lat1=Math.max(lat1,Math.ceil(c[1])+0.5);});
  var W=640,kx=Math.cos((lat0+lat1)/2*Math.PI/180),sc=W/((lon1-lon0)*kx),H=Math.round((lat1-lat0)*sc);
  function X(l){return (l-lon0)*kx*sc;}function Y(l){return (lat1-l)*sc;}
  var s=svg('svg',{viewBox:'0 0 '+W+' '+H,role:'img','aria-label':'map of places'});
  for(var lo=Math.ceil(lon0/2)*2;lo<=lon1;lo+=2){s.appendChild(svg('line',{x1:X(lo),y1:0,x2:X(lo),y2:H,stroke:'#d5dbdb'}));
    var t=svg('text',{x:X(lo)+2,y:H-3,'font-size':9,fill:'#95a5a6'});t.textContent=lo+'°E';s.appendChild(t);}
  for(var la=Math.ceil(lat0);la<=lat1;la++){s.appendChild(svg('line',{x1:0,y1:Y(la),x2:W,y2:Y(la),stroke:'#d5dbdb'}));
    var u=svg('text',{x:2,y:Y(la)-2,'font-size':9,fill:'#95a5a6'});u.textContent=la+'°N';s.appendChild(u);}
  features.slice().sort(function(a,b){return b.properties.claims-a.properties.claims;}).forEach(function(f){
    var p=f.properties,c=f.geometry.coordinates,r=3.5+2*Math.log2(1+p.claims);
    var g=svg('g',{'class':'place','data-code':p.code,cursor:'pointer'});
    var ti=svg('title',{});ti.textContent=p.name+' — '+p.claims+' claim(s); '+(p.latest_claims||'');g.appendChild(ti);
    g.appendChild(svg('circle',{cx:X(c[0]),cy:Y(c[1]),r:r,fill:COLORS[p.latest_kind]||'#34495e','fill-opacity':0.8,stroke:'#fff'}));
    var lb=svg('text',{x:X(c[0])+r+2,y:Y(c[1])+3,'font-size':10});lb.textContent=p.name;g.appendChild(lb);
    g.addEventListener('click',function(){showTimeline(p.code);});s.appendChild(g);});
  box.appendChild(s);
  var ul=clear(document.getElementById('places'));
  features.slice().sort(function(a,b){return b.properties.claims-a.properties.claims||(a.properties.name<b.properties.name?-1:1);}).forEach(function(f){var p=f.properties,li=el('li'),b=el('button',p.name+' ('+p.claims+')');
    b.setAttribute('data-code',p.code);b.addEventListener('click',function(){showTimeline(p.code);});li.appendChild(b);ul.appendChild(li);});
}

function showTimeline(code){
  document.querySelectorAll('#places button').forEach(function(b){b.className=b.getAttribute('data-code')===code?'sel':'';});
  var box=clear(document.getElementById('timeline')),cbox=clear(document.getElementById('contradictions'));
  document.getElementById('timeline-hint').textContent='';
  api('/api/timeline?place='+encodeURIComponent(code)).then(function(j){
    var p=j.places[0]||{name:code};
    document.getElementById('timeline-title').textContent='Timeline: '+p.name+(p.surfaces&&p.surfaces.length?' ('+p.surfaces.join(', ')+')':'');
    var rows=[];
    j.entries.forEach(function(e){
      var tr=row([(e.dated?'':'≤')+(e.date||'undated'),badge(e.kind),e.modality,e.speaker,e.outlets.join(', '),e.independent_sources,e.documents.join(', '),
        e.kind==='prediction'?((e.deadline?e.deadline+' — ':'')+e.deadline_status):'']);
      tr.className='tl-entry';if(e.deadline_status==='past deadline')tr.lastChild.className='past';
      tr.addEventListener('click',function(){showDiff(e.documents[0]);});
      rows.push(tr);
      if(e.sentences.length){var s=el('tr'),td=el('td',e.sentences[0],'sent');td.colSpan=8;s.appendChild(el('td'));s.appendChild(td);rows.push(s);}
    });
    box.appendChild(table(['date','kind','modality','speaker','outlets','independent sources','documents','deadline'],rows));
    if(j.contradictions.length){cbox.appendChild(el('h2','Contradictions'));var ul=el('ul');
      j.contradictions.forEach(function(c){ul.appendChild(el('li','['+c.type+'] '+c.summary));});cbox.appendChild(ul);}
    document.getElementById('f-place').value=p.name||code;page=0;loadClaims();
  }).catch(function(e){box.appendChild(el('p',String(e.message),'err'));});
}

var page=0,PAGE=50;
function loadClaims(){
  var q=['place','speaker','outlet','kind','since','until'].map(function(k){return k+'='+encodeURIComponent(document.getElementById('f-'+k).value.trim());});
  q.push('limit='+PAGE,'offset='+page*PAGE);
  var box=document.getElementById('claims');
  api('/api/claims?'+q.join('&')).then(function(j){clear(box);
    document.getElementById('f-page').textContent=' '+(j.total?(j.offset+1)+'–'+(j.offset+j.claims.length):0)+' of '+j.total+' ';
    box.appendChild(table(['date','place','kind','modality','speaker','outlet','document','sentence'],j.claims.map(function(c){
      return row([c.date||(c.published?'≤'+c.published.slice(0,10):'undated'),c.place,c.kind+(c.negated?' (negated)':''),c.modality,c.speaker,c.outlet,c.document,el('span',c.sentence,'sent')]);})));
  }).catch(function(e){clear(box).appendChild(el('p',String(e.message),'err'));});
}

function showDiff(doc){
  var box=clear(document.getElementById('diff'));
  api('/api/diff?doc='+encodeURIComponent(doc)).then(function(j){
    box.appendChild(el('h2','Rewrites of '+doc));
    if(!j.pairs.length){box.appendChild(el('p','No rewrite pairs involve this document.','sent'));return;}
    j.pairs.forEach(function(p){
      box.appendChild(el('p',p.b+' rewrites '+p.a+' (similarity '+Math.round(p.similarity*100)+'%)'));
      var cols=el('div',null,'cols');
      [['Only in '+p.a,p.added_in_a.concat(p.quotes_only_in_a.map(function(q){return '“'+q+'”';})),false],
       ['Added in '+p.b,p.added_in_b.concat(p.quotes_only_in_b.map(function(q){return '“'+q+'”';})),true]].forEach(function(c){
        var d=el('div');d.appendChild(el('h3',c[0]+' ('+c[1].length+')'));var ul=el('ul');
        c[1].forEach(function(s){var li=el('li');li.appendChild(el(c[2]?'mark':'span',s));ul.appendChild(li);});d.appendChild(ul);cols.appendChild(d);});
      box.appendChild(cols);});
  }).catch(function(e){box.appendChild(el('p',String(e.message),'err'));});
}

function loadFamilies(){
  var box=document.getElementById('families');
  api('/api/families').then(function(j){clear(box);
    if(!j.families.length){box.appendChild(el('p','No rewrite families in the store.','sent'));return;}
    var ul=el('ul');j.families.forEach(function(f){var li=el('li','Origin '+f.origin+': ');
      f.members.forEach(function(m){var b=el('button',m);b.addEventListener('click',function(){showDiff(m);});li.appendChild(b);});ul.appendChild(li);});
    box.appendChild(ul);
  }).catch(function(e){clear(box).appendChild(el('p',String(e.message),'err'));});
}

document.getElementById('f-go').addEventListener('click',function(){page=0;loadClaims();});
document.getElementById('f-prev').addEventListener('click',function(){if(page>0){page--;loadClaims();}});
document.getElementById('f-next').addEventListener('click',function(){page++;loadClaims();});
api('/api/places').then(function(g){drawMap(g.features);status(g.features.length+' places');})
  .catch(function(e){status(String(e.message),true);});
loadClaims();loadFamilies();
})();
</script></body></html>
)html";

}  // namespace

const std::string& UiPage() {
  static const std::string page(kPage);
  return page;
}

}  // namespace sitrep::server
